// A small deterministic random number generator (PCG32, XSH-RR) with integer-only conversion to double,
// so native and WebAssembly builds draw identical sequences. No std:: distributions anywhere.
#pragma once

#include <cstdint>

namespace entente {

class Pcg32 {
 public:
  explicit Pcg32(std::uint64_t seed, std::uint64_t stream = 54u) : inc_((stream << 1u) | 1u) {
    next_u32();
    state_ += seed;
    next_u32();
  }

  std::uint32_t next_u32() {
    std::uint64_t old = state_;
    state_ = old * 6364136223846793005ULL + inc_;
    auto xorshifted = static_cast<std::uint32_t>(((old >> 18u) ^ old) >> 27u);
    auto rot = static_cast<std::uint32_t>(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((32u - rot) & 31u));
  }

  // Uniform in [0, 1) with 53 random bits; exact integer-to-double conversion.
  double next_double() {
    std::uint64_t hi = next_u32() >> 5;  // 27 bits
    std::uint64_t lo = next_u32() >> 6;  // 26 bits
    return static_cast<double>((hi << 26) | lo) * (1.0 / 9007199254740992.0);
  }

  // Uniform in [0, n) for n > 0, without modulo bias (Lemire's method with rejection).
  std::uint32_t below(std::uint32_t n) {
    std::uint64_t m = std::uint64_t(next_u32()) * n;
    auto low = static_cast<std::uint32_t>(m);
    if (low < n) {
      std::uint32_t threshold = (0u - n) % n;
      while (low < threshold) {
        m = std::uint64_t(next_u32()) * n;
        low = static_cast<std::uint32_t>(m);
      }
    }
    return static_cast<std::uint32_t>(m >> 32);
  }

 private:
  std::uint64_t state_ = 0;
  std::uint64_t inc_;
};

}  // namespace entente
