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

// x rounded half away from zero to `decimals` (0..9) decimal places.
inline double round_to(double x, int decimals) {
  double scale = 1.0;
  for (int i = 0; i < decimals; ++i) scale *= 10.0;
  return std::round(x * scale) / scale;
}

}  // namespace entente
