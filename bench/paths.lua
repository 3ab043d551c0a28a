-- bench/paths.lua — wrk script: every request is GET of a line drawn at random from the file
-- named by $WRK_PATHS (one URL path per line). The files bench/run.sh exports are already drawn
-- like the workload (scenario 1: one line per draw of a speaker, weighted by their quotes), so a
-- uniform pick here keeps that weighting. Each thread seeds its own generator, deterministically.
local paths = {}
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("thread_number", threads)
end

function init(args)
    local file = os.getenv("WRK_PATHS")
    for line in io.lines(file) do
        if #line > 0 then
            paths[#paths + 1] = line
        end
    end
    if #paths == 0 then
        error("no paths in " .. tostring(file))
    end
    math.randomseed(4242 + (thread_number or 0))
end

function request()
    return wrk.format("GET", paths[math.random(#paths)])
end
