-- wrk: many people panning around Ljubljana, each request a different city-sized viewport (up to half a
-- viewport apart). Nearby viewports share grid-aligned answers on the server.
math.randomseed(42)
request = function()
  local dx = (math.random() - 0.5) * 0.20
  local dy = (math.random() - 0.5) * 0.10
  local path = string.format("/api/opportunities.geojson?city=ljubljana&bbox=%.4f,%.4f,%.4f,%.4f&limit=500",
      14.40 + dx, 46.00 + dy, 14.62 + dx, 46.11 + dy)
  return wrk.format("GET", path)
end

-- The same one-line report as report.lua (wrk runs in the project directory).
dofile("src/test/resources/benchmark/report.lua")
