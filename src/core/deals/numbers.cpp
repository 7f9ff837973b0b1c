// Digit literals, spelled-out numbers and scale words; exact integer arithmetic where possible so that the
// same input gives the same double on every platform.
#include "numbers.h"

#include <array>
#include <cstdint>
#include <utility>

namespace entente {
namespace {

struct Named {
  std::string_view word;
  int value;
};

constexpr std::array<Named, 28> kSmall = {
    {{"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
     {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
     {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
     {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
     {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
     {"seventy", 70}, {"eighty", 80},  {"ninety", 90}}};

int small_number(std::string_view w) {
  for (const Named& n : kSmall)
    if (n.word == w) return n.value;
  return -1;
}

double pow10(int k) {
  double p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

// Spelled-out number at i ("forty-five", "three hundred", "half", "a quarter", "three quarters").
std::optional<NumberMatch> parse_words(const LexedText& t, std::size_t i) {
  NumberMatch m;
  m.first = i;
  m.spelled = true;
  std::size_t j = i;
  double total = -1;
  if (t.is(j, "a") || t.is(j, "an")) {
    if (j + 1 >= t.lex.size()) return std::nullopt;
    std::string_view next = t.low(j + 1);
    if (next == "half" || next == "quarter") {
      ++j;
    } else if (scale_word(next, false) > 1) {
      total = 1;
      ++j;
    } else {
      return std::nullopt;
    }
  }
  if (total < 0 && t.is(j, "half")) {
    total = 0.5, m.integer = false, ++j;
  } else if (total < 0 && t.is(j, "quarter")) {
    total = 0.25, m.integer = false, ++j;
  }
  if (total < 0) {
    int v = j < t.lex.size() && t.lex[j].kind == LexKind::Word ? small_number(t.low(j)) : -1;
    if (v < 0) return std::nullopt;
    ++j;
    if (v >= 20 && v % 10 == 0 && j + 1 < t.lex.size() && t.is(j, "-") && t.joined(j - 1)) {
      int u = small_number(t.low(j + 1));
      if (u > 0 && u < 10) v += u, j += 2;
    } else if (v >= 20 && v % 10 == 0 && j < t.lex.size()) {
      int u = small_number(t.low(j));
      if (u > 0 && u < 10) v += u, ++j;
    }
    total = v;
    if (t.is(j, "hundred")) total *= 100, ++j;
    if ((t.is(j, "quarters") || t.is(j, "quarter")) && v < 4) total = v * 0.25, m.integer = false, ++j;
  }
  m.value = total;
  m.end = j;
  return m;
}

// The decimal point of a digit literal: '.', or none when dots group thousands ("1.300.000").
char decimal_point(std::string_view s) {
  int dots = 0, commas = 0;
  for (char c : s) dots += c == '.', commas += c == ',';
  return (dots > 1 && commas == 0) ? '\0' : '.';
}

// "1e308", "2E+9": a literal followed by an exponent is scientific notation, not a number of news text.
bool exponent_after(const LexedText& t, std::size_t i) {
  std::size_t n = t.lex.size();
  if (i + 2 >= n || !t.joined(i) || !t.is(i + 1, "e") || !t.joined(i + 1)) return false;
  std::size_t k = i + 2;
  if ((t.is(k, "+") || t.is(k, "-")) && k + 1 < n && t.joined(k)) ++k;
  return t.lex[k].kind == LexKind::Number;
}

}  // namespace

std::optional<double> parse_digits(std::string_view s) {
  std::uint64_t mantissa = 0;
  int digits = 0, decimals = 0;
  bool after_point = false;
  char point = decimal_point(s);
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (digits >= 18) return std::nullopt;
      mantissa = mantissa * 10 + std::uint64_t(c - '0');
      ++digits;
      if (after_point) ++decimals;
    } else if (c == point && !after_point) {
      after_point = true;
    } else if (c != ',' && c != '.') {
      return std::nullopt;
    }
  }
  if (digits == 0) return std::nullopt;
  return double(mantissa) / pow10(decimals);
}

double scale_word(std::string_view w, bool attached) {
  if (w == "thousand" || w == "thousands") return 1e3;
  if (w == "million" || w == "millions" || w == "mn" || w == "mln" || w == "mil") return 1e6;
  if (w == "billion" || w == "billions" || w == "bn" || w == "bln") return 1e9;
  if (w == "trillion" || w == "trillions" || w == "tn" || w == "trn") return 1e12;
  if (w == "lakh" || w == "lakhs" || w == "lac" || w == "lacs") return 1e5;
  if (w == "crore" || w == "crores" || w == "cr") return 1e7;
  if (attached && w == "k") return 1e3;
  if (attached && w == "m") return 1e6;
  if (attached && w == "b") return 1e9;
  return 0;
}

std::optional<NumberMatch> parse_number(const LexedText& t, std::size_t i, bool allow_words) {
  if (i >= t.lex.size()) return std::nullopt;
  NumberMatch m;
  if (t.lex[i].kind == LexKind::Number) {
    std::string_view raw = t.raw(i);
    auto v = parse_digits(raw);
    if (!v || exponent_after(t, i)) return std::nullopt;
    m.first = i;
    m.end = i + 1;
    m.value = *v;
    m.integer = raw.find('.') == std::string_view::npos;
    // Exact scaling: keep the literal's mantissa and divide once at the end.
    std::size_t j = i + 1;
    if (j < t.lex.size() && t.lex[j].kind == LexKind::Word) {
      double s = scale_word(t.low(j), t.joined(i));
      if (s > 0) {
        std::uint64_t mantissa = 0;
        int decimals = 0;
        bool after = false;
        char point = decimal_point(raw);
        for (char c : raw) {
          if (c >= '0' && c <= '9') mantissa = mantissa * 10 + std::uint64_t(c - '0'), decimals += after;
          if (c == point) after = true;
        }
        // "10.4 lakh crore", "5 thousand crore": a second scale word multiplies the first.
        double s2 = j + 1 < t.lex.size() ? scale_word(t.low(j + 1), false) : 0;
        if (s2 > 0) s *= s2, ++j;
        m.value = double(mantissa) * s / pow10(decimals);
        m.scaled = true;
        m.integer = true;
        m.end = j + 1;
      }
    }
    return m;
  }
  if (!allow_words || t.lex[i].kind != LexKind::Word) return std::nullopt;
  auto w = parse_words(t, i);
  if (!w) return std::nullopt;
  if (w->end < t.lex.size()) {
    double s = scale_word(t.low(w->end), false);
    if (s > 0) {
      w->value = w->value * s;
      w->scaled = true;
      w->integer = true;
      ++w->end;
    }
  }
  return w;
}

}  // namespace entente
