-- wrk script for bench/web-load.sh: sends the session cookie, optionally a new tasking filter set on every request,
-- and prints the figures the benchmark records (wrk's own --latency table has no p95).
--
--   BENCH_COOKIE  "lantern.session=..." (required)
--   BENCH_QUERY   the tasking page's default query ("force=...&date=...")
--   BENCH_VARIED  "1": every request asks for filters no earlier request asked for (cell size, months, places), so none
--                 is answered from the list cache: each one is a computation
--   BENCH_THREADS wrk's -t, so that the threads share the filter sets out without asking for the same one

local cookie = os.getenv("BENCH_COOKIE")
local query = os.getenv("BENCH_QUERY")
local varied = os.getenv("BENCH_VARIED") == "1"

local step = tonumber(os.getenv("BENCH_THREADS") or "2")

-- Each wrk thread runs its own copy of this script: thread k (0-based) takes filter sets k, k + step, k + 2 step, ...
local counter = 0
function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
end

local cell_sizes = { 100, 125, 150, 175, 200, 250, 300, 400 }
local months = { 3, 6, 9, 12, 18, 24 }
local n = 0

function init(args)
    n = id
end

-- 8 cell sizes x 6 periods x 500 list lengths = 24,000 filter sets: more than a 30 s run can ask for.
local function filters(i)
    local cell = cell_sizes[(i % #cell_sizes) + 1]
    local m = months[(math.floor(i / #cell_sizes) % #months) + 1]
    local top = (math.floor(i / (#cell_sizes * #months)) % 500) + 1
    return "&cellSize=" .. cell .. "&months=" .. m .. "&top=" .. top
end

function request()
    local path = "/api/tasking?" .. query
    if varied then
        path = path .. filters(n)
        n = n + step
    end
    return wrk.format("GET", path, { ["Cookie"] = cookie })
end

function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f " ..
        "errors_status=%d errors_timeout=%d errors_connect=%d errors_read=%d bytes=%d\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        e.status, e.timeout, e.connect, e.read, summary.bytes))
end
