-- wrk script for the autosave burst (make bench). Each line of the file in
-- BURST_FILE is one save: path, cookie, CSRF token, label, seq (tab
-- separated), in the order they go out. A pause of BURST_THINK_MS before
-- each request is a student's thinking time. wrk, written in C, is the
-- client so that the server's two cores are measured, not a Python client
-- competing with it for them.
--
-- wrk itself runs for its whole -d duration; when the last save is
-- answered this prints "BURST DONE" so the caller can stop it (SIGINT),
-- and the figures come from this script's own clock.
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_usec; } timeval;
  int gettimeofday(timeval *tv, void *tz);
]]
local clock = ffi.new("timeval")
local function now_us()
  ffi.C.gettimeofday(clock, nil)
  return tonumber(clock.tv_sec) * 1000000 + tonumber(clock.tv_usec)
end

local saves = {}
local next_index = 1
local think_ms = tonumber(os.getenv("BURST_THINK_MS") or "0")
answered = 0
refused = 0
first_refusal = ""
started_us = 0
finished_us = 0

function init(args)
  for line in io.lines(os.getenv("BURST_FILE")) do
    local path, cookie, token, label, seq = line:match("^(%S+)\t(%S+)\t(%S+)\t(%S+)\t(%S+)$")
    saves[#saves + 1] = wrk.format("POST", path, {
      ["Cookie"] = cookie,
      ["X-CSRFToken"] = token,
      ["HX-Request"] = "true",
      ["Content-Type"] = "application/x-www-form-urlencoded",
    }, "label=" .. label .. "&seq=" .. seq)
  end
end

function delay()
  if next_index > #saves then
    -- Every save is out: this connection idles until the caller stops wrk.
    return 600000
  end
  return think_ms
end

local verified = false

function request()
  if not verified then
    -- wrk calls request() once before the run to check it builds a valid
    -- request (script_verify_request); that one is never sent.
    verified = true
    return saves[1]
  end
  if started_us == 0 then
    started_us = now_us()
  end
  local save = saves[next_index] or saves[#saves]
  next_index = next_index + 1
  return save
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 200 then
    refused = refused + 1
    if first_refusal == "" then
      -- Kept JSON-safe for the summary: no quotes, backslashes or newlines.
      local text = string.sub(body or "", 1, 200):gsub('[%c"\\]', " ")
      first_refusal = status .. " " .. text
    end
  end
  if answered == #saves then
    finished_us = now_us()
    io.write("BURST DONE\n")
    io.flush()
    wrk.thread:stop()
  end
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local thread = threads[1]
  local finished = thread:get("finished_us")
  if finished == 0 then
    finished = now_us() -- stopped at the deadline with saves unanswered
  end
  io.write(string.format(
    '{"answered": %d, "refused": %d, "first_refusal": "%s", "seconds": %.3f, ' ..
    '"socket_errors": %d, "p50_ms": %.2f, "p99_ms": %.2f}\n',
    thread:get("answered"), thread:get("refused"), thread:get("first_refusal"),
    (finished - thread:get("started_us")) / 1e6,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
