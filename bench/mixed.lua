-- bench/mixed.lua — wrk script for scenario 5, the mixed workload: each request is, at random,
-- an article model (70 %), a speaker's page of quotes (20 %) or a people search (10 %), each drawn
-- uniformly from its own file of URL paths: $WRK_MODEL_PATHS, $WRK_SPEAKER_PATHS, $WRK_PEOPLE_PATHS
-- (bench/run.sh exports scenarios 3, 1 and 4's inputs). The shares are $WRK_MIX ("70 20 10") if set.
-- Each thread seeds its own generator, deterministically, and counts what it sent of each kind;
-- done() prints the counts, a line a kind ("mixed: <kind> <requests>"). wrk's latency figures are of
-- all requests: its Lua hooks have no clock per request, so the models' own p99 is not measured here
-- (run scenario 3 for the models alone; the cache hit ratio bench/run.sh prints says why they differ).
local threads = {}
local lists = {}
local shares = {}
local kinds = {"model", "speaker", "people"}
sent = {model = 0, speaker = 0, people = 0}

function setup(thread)
    threads[#threads + 1] = thread
    thread:set("thread_number", #threads)
end

local function load(variable)
    local file = os.getenv(variable)
    local paths = {}
    for line in io.lines(file) do
        if #line > 0 then
            paths[#paths + 1] = line
        end
    end
    if #paths == 0 then
        error("no paths in " .. tostring(file) .. " ($" .. variable .. ")")
    end
    return paths
end

function init(args)
    lists.model = load("WRK_MODEL_PATHS")
    lists.speaker = load("WRK_SPEAKER_PATHS")
    lists.people = load("WRK_PEOPLE_PATHS")
    local i = 1
    for share in string.gmatch(os.getenv("WRK_MIX") or "70 20 10", "%d+") do
        shares[i] = tonumber(share)
        i = i + 1
    end
    math.randomseed(5151 + (thread_number or 0))
end

function request()
    local r = math.random(shares[1] + shares[2] + shares[3])
    local kind
    if r <= shares[1] then
        kind = "model"
    elseif r <= shares[1] + shares[2] then
        kind = "speaker"
    else
        kind = "people"
    end
    sent[kind] = sent[kind] + 1
    local paths = lists[kind]
    return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
    for _, kind in ipairs(kinds) do
        local n = 0
        for _, thread in ipairs(threads) do
            n = n + thread:get("sent")[kind]
        end
        io.write(string.format("mixed: %s %d\n", kind, n))
    end
end
