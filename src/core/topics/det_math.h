// Deterministic math for values that reach the output: built only from IEEE-754 +, -, *, / (exactly
// rounded everywhere), so native and WebAssembly builds agree bit for bit, unlike libm's log.
#pragma once

#include <cmath>

namespace entente {

// Natural logarithm of x > 0 (finite), accurate to about 1 ulp. Returns 0 for x <= 0.
inline double det_log(double x) {
  if (!(x > 0) || !std::isfinite(x)) return 0.0;
  int e = 0;
  while (x >= 2.0) {
    x *= 0.5;
    ++e;
  }
  while (x < 1.0) {
    x *= 2.0;
    --e;
  }
  if (x > 1.4142135623730951) {  // centre on 1: x in [0.707, 1.414]
    x *= 0.5;
    ++e;
  }
  // ln x = 2 atanh(z), z = (x - 1) / (x + 1), |z| < 0.1716: 20 odd terms are far below double precision.
  double z = (x - 1.0) / (x + 1.0), z2 = z * z, power = z, sum = 0.0;
  for (int n = 1; n < 40; n += 2) {
    sum += power / n;
    power *= z2;
  }
  return 2.0 * sum + e * 0.69314718055994530942;
}

// log Gamma(x) for x > 0, from det_log alone: shifted up by the recurrence Gamma(x + 1) = x Gamma(x) until
// x >= 16, then Stirling's series to 1/x^9 (absolute error below 1e-14 there). Returns 0 for x <= 0.
inline double det_lgamma(double x) {
  if (!(x > 0) || !std::isfinite(x)) return 0.0;
  double shift = 1.0;  // product of the x + i skipped, folded into one log while it stays small
  double logs = 0.0;
  while (x < 16.0) {
    shift *= x;
    x += 1.0;
    if (shift > 1e100) {
      logs += det_log(shift);
      shift = 1.0;
    }
  }
  logs += det_log(shift);
  const double inv = 1.0 / x, inv2 = inv * inv;
  const double series =
      inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
  return (x - 0.5) * det_log(x) - x + 0.91893853320467274178 + series - logs;
}

// x rounded half away from zero to `decimals` (0..9) decimal places.
inline double round_to(double x, int decimals) {
  double scale = 1.0;
  for (int i = 0; i < decimals; ++i) scale *= 10.0;
  return std::round(x * scale) / scale;
}

}  // namespace entente
