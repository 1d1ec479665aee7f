-- wrk: panning with a different filter on almost every request (theme, type, age), so most answers are
-- computed afresh rather than served from the server's answer cache: the cost of the search itself.
math.randomseed(7)
local themes = {"", "&theme=MENTAL_HEALTH", "&theme=INCLUSION", "&theme=PARTICIPATION", "&theme=SUSTAINABILITY",
  "&theme=NON_FORMAL_LEARNING"}
local types = {"", "&type=WORKSHOP", "&type=COURSE", "&type=EVENT", "&type=VOLUNTEERING"}
request = function()
  local dx = (math.random() - 0.5) * 0.20
  local dy = (math.random() - 0.5) * 0.10
  local path = string.format("/api/opportunities.geojson?city=ljubljana&bbox=%.4f,%.4f,%.4f,%.4f&limit=500&age=%d%s%s",
      14.40 + dx, 46.00 + dy, 14.62 + dx, 46.11 + dy, math.random(12, 30),
      themes[math.random(#themes)], types[math.random(#types)])
  return wrk.format("GET", path)
end

-- The same one-line report as report.lua (wrk runs in the project directory).
dofile("src/test/resources/benchmark/report.lua")
