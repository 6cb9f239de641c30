-- Latency of one kind of API request, for wrk: each request takes the next value of a file (one
-- per line, in turn), appended URL-encoded to a path, with a bearer token. Run with one
-- connection (wrk -t1 -c1), so that a request starts when the previous one is answered.
--
--   KESOS_TOKEN=kesos_... KESOS_PATH='/api/v1/persons?nik=' KESOS_VALUES=target/bench/niks.txt \
--   KESOS_KIND=nik_lookup wrk -t1 -c1 -d30s -s bench/latency.lua http://localhost:18080
--
-- Prints one line: the kind, the count of requests, p50, p95, p99 and max in milliseconds, and the
-- count of answers other than 200 and 404 (a value the registry does not hold is a fair question).

local token = os.getenv("KESOS_TOKEN")
local path = os.getenv("KESOS_PATH")
local kind = os.getenv("KESOS_KIND") or "requests"
local values = {}
for line in io.lines(os.getenv("KESOS_VALUES")) do
  if line:match("%S") then
    values[#values + 1] = line
  end
end

local function encoded(text)
  return (text:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", c:byte()) end))
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

next_value = 0
unexpected = 0

function request()
  next_value = next_value % #values + 1
  return wrk.format("GET", path .. encoded(values[next_value]), { ["Authorization"] = "Bearer " .. token })
end

function response(status)
  if status ~= 200 and status ~= 404 then
    unexpected = unexpected + 1
  end
end

function done(summary, latency)
  local others = 0
  for _, thread in ipairs(threads) do
    others = others + thread:get("unexpected")
  end
  io.write(string.format("%s count=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f unexpected_answers=%d\n",
    kind, summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, others))
end
