// Arabic shaping for display: contextual forms from Unicode's Presentation Forms-B table, lam-alef
// ligatures, and run reversal (a minimal bidi: Arabic runs right to left inside left-to-right text).
#include "arabic_display.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace entente {
namespace {

// Presentation form of U+0621..U+064A: the isolated form (0 when none) and whether the letter joins the
// next one (dual-joining) or only the one before (right-joining). Forms: isolated, final, initial, medial.
struct Letter {
  char32_t isolated;
  bool dual;
};
constexpr Letter kLetters[] = {
    {0xFE80, false}, {0xFE81, false}, {0xFE83, false}, {0xFE85, false},
    {0xFE87, false}, {0xFE89, true},  {0xFE8D, false}, {0xFE8F, true},
    {0xFE93, false}, {0xFE95, true},  {0xFE99, true},  {0xFE9D, true},
    {0xFEA1, true},  {0xFEA5, true},  {0xFEA9, false}, {0xFEAB, false},
    {0xFEAD, false}, {0xFEAF, false}, {0xFEB1, true},  {0xFEB5, true},
    {0xFEB9, true},  {0xFEBD, true},  {0xFEC1, true},  {0xFEC5, true},
    {0xFEC9, true},  {0xFECD, true},  {0, false},      {0, false},
    {0, false},      {0, false},      {0, false},      {0, true} /* U+0640 tatweel */,
    {0xFED1, true},  {0xFED5, true},  {0xFED9, true},  {0xFEDD, true},
    {0xFEE1, true},  {0xFEE5, true},  {0xFEE9, true},  {0xFEED, false},
    {0xFEEF, false}, {0xFEF1, true}};

const Letter* letter(char32_t c) {
  if (c < 0x0621 || c > 0x064A) return nullptr;
  const Letter& l = kLetters[c - 0x0621];
  return (l.isolated || l.dual) ? &l : nullptr;
}
bool is_mark(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
}
bool is_arabic(char32_t c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0xFE70 && c <= 0xFEFF);
}
bool is_strong_ltr(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         (c >= 0x00C0 && c < 0x0600);
}

std::vector<char32_t> decode(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = n == 1 ? b : b & (0xFF >> (n + 1));
    for (int k = 1; k < n && i + k < s.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(c);
    i += n;
  }
  return out;
}

void encode(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// The nearest letter before/after i, skipping marks.
const Letter* neighbour(const std::vector<char32_t>& t, std::size_t i, int step) {
  for (long j = static_cast<long>(i) + step; j >= 0 && j < static_cast<long>(t.size()); j += step) {
    if (!is_mark(t[j])) return letter(t[j]);
  }
  return nullptr;
}

// Lam-alef ligature (isolated form) for an alef variant, 0 when `c` is not one.
char32_t lam_alef(char32_t c) {
  switch (c) {
    case 0x0622:
      return 0xFEF5;
    case 0x0623:
      return 0xFEF7;
    case 0x0625:
      return 0xFEF9;
    case 0x0627:
      return 0xFEFB;
    default:
      return 0;
  }
}

std::vector<char32_t> shape(const std::vector<char32_t>& t) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Letter* l = letter(t[i]);
    if (!l || !l->isolated) {
      out.push_back(t[i]);
      continue;
    }
    const Letter* prev = neighbour(t, i, -1);
    const bool joins_prev = prev && prev->dual;
    if (t[i] == 0x0644 && i + 1 < t.size() && lam_alef(t[i + 1])) {
      out.push_back(lam_alef(t[i + 1]) + (joins_prev ? 1 : 0));
      ++i;
      continue;
    }
    const Letter* next = neighbour(t, i, +1);
    const bool joins_next = l->dual && next != nullptr;
    const int form = joins_prev ? (joins_next ? 3 : 1) : (joins_next ? 2 : 0);
    out.push_back(l->isolated + form);
  }
  return out;
}

// Reverses an Arabic run cluster by cluster (a letter keeps its marks after it).
void reverse_run(const std::vector<char32_t>& run, std::vector<char32_t>& out) {
  std::vector<std::vector<char32_t>> clusters;
  for (char32_t c : run) {
    if (is_mark(c) && !clusters.empty()) {
      clusters.back().push_back(c);
    } else {
      clusters.push_back({c});
    }
  }
  for (auto it = clusters.rbegin(); it != clusters.rend(); ++it)
    out.insert(out.end(), it->begin(), it->end());
}

}  // namespace

std::string display_text(std::string_view utf8) {
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(utf8);  // ASCII: nothing to shape (most names; 10,000 of them at a new result)
  const std::vector<char32_t> text = decode(utf8);
  bool any = false;
  for (char32_t c : text) any = any || is_arabic(c);
  if (!any) return std::string(utf8);
  const std::vector<char32_t> shaped = shape(text);
  std::vector<char32_t> visual;
  for (std::size_t i = 0; i < shaped.size();) {
    if (!is_arabic(shaped[i])) {
      visual.push_back(shaped[i++]);
      continue;
    }
    // A run: Arabic letters, and spaces or punctuation between them (not Latin letters or digits).
    std::size_t end = i, last_arabic = i;
    while (end < shaped.size() && !is_strong_ltr(shaped[end])) {
      if (is_arabic(shaped[end])) last_arabic = end;
      ++end;
    }
    reverse_run(std::vector<char32_t>(shaped.begin() + i, shaped.begin() + last_arabic + 1), visual);
    i = last_arabic + 1;
  }
  std::string out;
  for (char32_t c : visual) encode(c, out);
  return out;
}

}  // namespace entente
