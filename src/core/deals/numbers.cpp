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

struct Scale {
  std::string_view word;
  double scale;
  bool attached;  // counts only when written against the number ("5m")
};

constexpr std::array<Scale, 25> kScales = {{
    {"thousand", 1e3, false},   {"thousands", 1e3, false}, {"million", 1e6, false}, {"millions", 1e6, false},
    {"mn", 1e6, false},         {"mln", 1e6, false},       {"mil", 1e6, false},     {"billion", 1e9, false},
    {"billions", 1e9, false},   {"bn", 1e9, false},        {"bln", 1e9, false},     {"trillion", 1e12, false},
    {"trillions", 1e12, false}, {"tn", 1e12, false},       {"trn", 1e12, false},    {"lakh", 1e5, false},
    {"lakhs", 1e5, false},      {"lac", 1e5, false},       {"lacs", 1e5, false},    {"crore", 1e7, false},
    {"crores", 1e7, false},     {"cr", 1e7, false},        {"k", 1e3, true},        {"m", 1e6, true},
    {"b", 1e9, true},
}};

// The word hashes of a table, computed at compile time: a lexeme's hash (LexedText::hash) is compared with
// these integers, and only an equal hash costs a string comparison.
template <typename T, std::size_t N>
constexpr std::array<std::uint64_t, N> hashes_of(const std::array<T, N>& words) {
  std::array<std::uint64_t, N> h{};
  for (std::size_t k = 0; k < N; ++k) h[k] = word_hash(words[k].word);
  return h;
}

// One bit per table word, at bit (hash mod 1024): a clear bit rejects most other words at once.
using WordFilter = std::array<std::uint64_t, 16>;

template <std::size_t N>
constexpr WordFilter filter_of(const std::array<std::uint64_t, N>& hashes) {
  WordFilter f{};
  for (std::uint64_t h : hashes) f[(h & 1023) / 64] |= std::uint64_t(1) << (h % 64);
  return f;
}

constexpr std::array<std::uint64_t, kSmall.size()> kSmallHash = hashes_of(kSmall);
constexpr std::array<std::uint64_t, kScales.size()> kScaleHash = hashes_of(kScales);
constexpr WordFilter kSmallFilter = filter_of(kSmallHash);
// The words a spelled-out number can start with: a small number, "a"/"an", "half", "quarter".
constexpr WordFilter kStartFilter = [] {
  WordFilter f = kSmallFilter;
  for (std::string_view w : {"a", "an", "half", "quarter"}) {
    std::uint64_t h = word_hash(w);
    f[(h & 1023) / 64] |= std::uint64_t(1) << (h % 64);
  }
  return f;
}();
constexpr WordFilter kScaleFilter = filter_of(kScaleHash);

// The index of `w` (whose hash is `h`) in `words`, or -1.
template <typename T, std::size_t N>
int find_word(const std::array<T, N>& words, const std::array<std::uint64_t, N>& hashes, const WordFilter& f,
              std::uint64_t h, std::string_view w) {
  if (!((f[(h & 1023) / 64] >> (h % 64)) & 1)) return -1;
  for (std::size_t k = 0; k < N; ++k)
    if (hashes[k] == h) return words[k].word == w ? static_cast<int>(k) : -1;
  return -1;
}

// The value of the small number word at lexeme j ("five" -> 5), or -1.
int small_number(const LexedText& t, std::size_t j) {
  if (j >= t.lex.size() || t.lex[j].kind != LexKind::Word) return -1;
  int k = find_word(kSmall, kSmallHash, kSmallFilter, t.hash[j], t.low(j));
  return k < 0 ? -1 : kSmall[static_cast<std::size_t>(k)].value;
}

double scale_of(std::uint64_t h, std::string_view w, bool attached) {
  int k = find_word(kScales, kScaleHash, kScaleFilter, h, w);
  if (k < 0) return 0;
  const Scale& s = kScales[static_cast<std::size_t>(k)];
  return s.attached && !attached ? 0 : s.scale;
}

// scale_word of lexeme j, through its stored hash.
double scale_at(const LexedText& t, std::size_t j, bool attached) {
  return j < t.lex.size() ? scale_of(t.hash[j], t.low(j), attached) : 0;
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
    } else if (scale_at(t, j + 1, false) > 1) {
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
  // "half a billion", "a quarter of a million": the article before the scale word belongs to the fraction.
  if (total > 0 && total < 1 && t.is(j, "of") && t.is(j + 1, "a") && scale_at(t, j + 2, false) > 1) j += 1;
  if (total > 0 && total < 1 && t.is(j, "a") && scale_at(t, j + 1, false) > 1) ++j;
  if (total < 0) {
    int v = small_number(t, j);
    if (v < 0) return std::nullopt;
    ++j;
    if (v >= 20 && v % 10 == 0 && j + 1 < t.lex.size() && t.is(j, "-") && t.joined(j - 1)) {
      int u = small_number(t, j + 1);
      if (u > 0 && u < 10) v += u, j += 2;
    } else if (v >= 20 && v % 10 == 0 && j < t.lex.size()) {
      int u = small_number(t, j);
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
  return scale_of(word_hash(w), w, attached);
}

const std::array<std::uint64_t, 16> kNumberWordStarts = kStartFilter;

namespace {

// Literal `raw` times scale s, exactly: the literal's mantissa times s, divided once at the end.
double scaled_literal(std::string_view raw, double s) {
  std::uint64_t mantissa = 0;
  int decimals = 0;
  bool after = false;
  char point = decimal_point(raw);
  for (char c : raw) {
    if (c >= '0' && c <= '9') mantissa = mantissa * 10 + std::uint64_t(c - '0'), decimals += after;
    if (c == point) after = true;
  }
  return double(mantissa) * s / pow10(decimals);
}

// A number in digits at i with the scale words after it ("4.5 billion", "10.4 lakh crore").
std::optional<NumberMatch> digits_number_at(const LexedText& t, std::size_t i) {
  std::string_view raw = t.raw(i);
  auto v = parse_digits(raw);
  if (!v || exponent_after(t, i)) return std::nullopt;
  NumberMatch m;
  m.first = i;
  m.end = i + 1;
  m.value = *v;
  m.integer = raw.find('.') == std::string_view::npos;
  std::size_t j = i + 1;
  bool attached = t.joined(i);
  // "a 30-billion-peso order": the scale word glued on by a hyphen.
  if (attached && t.is(j, "-") && t.joined(j) && scale_at(t, j + 1, false) > 0) ++j, attached = false;
  if (j >= t.lex.size() || t.lex[j].kind != LexKind::Word) return m;
  double s = scale_at(t, j, attached);
  if (s <= 0) return m;
  // "10.4 lakh crore", "5 thousand crore": a second scale word multiplies the first.
  double s2 = scale_at(t, j + 1, false);
  if (s2 > 0) s *= s2, ++j;
  m.value = scaled_literal(raw, s);
  m.scaled = true;
  m.integer = true;
  m.end = j + 1;
  return m;
}

}  // namespace

std::optional<NumberMatch> parse_number_at(const LexedText& t, std::size_t i, bool allow_words) {
  if (i >= t.lex.size()) return std::nullopt;
  const LexKind kind = t.lex[i].kind;
  if (kind == LexKind::Word ? !allow_words || !may_start_number_word(t.hash[i]) : kind != LexKind::Number)
    return std::nullopt;
  if (kind == LexKind::Number) return digits_number_at(t, i);
  auto w = parse_words(t, i);
  if (!w) return std::nullopt;
  if (w->end < t.lex.size()) {
    double s = scale_at(t, w->end, false);
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
