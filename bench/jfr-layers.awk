# bench/jfr-layers.awk — reads `jfr print --events jdk.ExecutionSample --stack-depth 512` and attributes
# each sample to the innermost frame that belongs to a known layer (so the shares add up to 100 %),
# and separately counts the samples where Hibernate is compiling a query (criteria/HQL to SQL).
function layer(f) {
    if (f ~ /^tools\.jackson|^com\.fasterxml/) return "JSON serialization (Jackson)"
    if (f ~ /^org\.postgresql/) return "JDBC driver (pgjdbc)"
    if (f ~ /^com\.zaxxer\.hikari/) return "connection pool (Hikari)"
    if (f ~ /^org\.hibernate/) return "ORM (Hibernate)"
    if (f ~ /^org\.springframework\.data/) return "Spring Data repositories"
    if (f ~ /ShallowEtagHeaderFilter|DigestUtils|ContentCachingResponseWrapper/) return "ETag filter (buffer + MD5)"
    if (f ~ /DataBinder\.construct|ModelAttributeMethodProcessor/) return "binding query parameters to records"
    if (f ~ /^org\.springframework\.(transaction|aop|orm)/) return "transactions, proxies"
    if (f ~ /^org\.springframework\.jdbc/) return "JdbcClient"
    if (f ~ /^app\.verbatim/) return "our code"
    if (f ~ /^org\.springframework\.web|^org\.springframework\.http/) return "Spring MVC"
    if (f ~ /^org\.apache\.(catalina|coyote|tomcat)|^jakarta\.servlet/) return "Tomcat, HTTP"
    if (f ~ /^ch\.qos\.logback|^org\.slf4j/) return "logging"
    if (f ~ /^jdk\.jfr/) return "JFR"
    return ""
}
/stackTrace = \[/ { inside = 1; got = ""; compiling = 0; next }
inside && /^[ \t]*\]/ { inside = 0; n++; c[got == "" ? "other (JDK only: threads, I/O, scheduler)" : got]++; compiled += compiling; next }
inside {
    f = $1; sub(/\(.*/, "", f)
    if (got == "") got = layer(f)
    if (f ~ /BaseSqmToSqlAstConverter|StandardSqmTranslator|interpretHql|createCriteriaQuery|SqmCriteriaNodeBuilder|SqmSelectStatement\.copy|AbstractSqlAstTranslator/) compiling = 1
}
END {
    print "samples: " n
    for (k in c) printf "%6.1f%%  %s\n", c[k] * 100 / n, k | "sort -rn"
    close("sort -rn")
    printf "\nof which Hibernate compiling a query (criteria or HQL to SQL, every time): %.1f%%\n", compiled * 100 / n
}
