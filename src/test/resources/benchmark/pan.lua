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

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f rps=%.1f requests=%d errors=%d\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests / (summary.duration / 1000000), summary.requests, errors))
end
