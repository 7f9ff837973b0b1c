// Byte-level lexer: ASCII classes, UTF-8 punctuation (U+2000..U+206F) and currency signs recognised by lead
// bytes.
#include "deal_lex.h"

#include <algorithm>

namespace entente {
namespace {

bool ascii_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool ascii_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

std::size_t utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

// Classifies the code point starting at s[i] (multi-byte only).
LexKind classify_multibyte(std::string_view s, std::size_t i, std::size_t n, bool* space) {
  *space = false;
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(i + k < s.size() ? s[i + k] : 0); };
  if (n == 2 && b(0) == 0xC2) {
    unsigned char c = b(1);
    if (c == 0xA0 || c == 0xAD) *space = true;
    if (c == 0xA2 || c == 0xA3 || c == 0xA5) return LexKind::Symbol;  // cent, pound, yen
    if (c < 0xC0) return LexKind::Punct;
  }
  if (n == 3 && b(0) == 0xE2 && b(1) == 0x80) {
    if (b(2) <= 0x8B || b(2) == 0xAF) *space = true;
    return LexKind::Punct;
  }
  if (n == 3 && b(0) == 0xE2 && (b(1) == 0x81 || b(1) == 0x80)) return LexKind::Punct;
  if (n == 3 && b(0) == 0xE2 && b(1) == 0x82) return LexKind::Symbol;                  // U+20A0.. currency
  if (n == 3 && b(0) == 0xE5 && b(1) == 0x85 && b(2) == 0x83) return LexKind::Symbol;  // yuan sign
  if (n == 3 && b(0) == 0xE5 && b(1) == 0x86 && b(2) == 0x86) return LexKind::Symbol;  // yen sign
  if (n == 3 && b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) *space = true;
  if (n == 3 && b(0) == 0xE2 && b(1) >= 0x86) return LexKind::Punct;          // arrows, bullets, shapes
  if (n == 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) *space = true;  // BOM
  return LexKind::Word;
}

bool word_byte(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (ascii_alpha(c)) return true;
  if (c < 0x80) return false;
  bool space = false;
  return classify_multibyte(s, i, utf8_len(c), &space) == LexKind::Word && !space;
}

}  // namespace

LexedText lex_text(std::string_view s) {
  LexedText t;
  t.text = s;
  t.lower.resize(s.size());
  char* lower = t.lower.data();
  for (std::size_t k = 0; k < s.size(); ++k) {  // branch-free, so the compiler vectorizes it
    unsigned char c = static_cast<unsigned char>(s[k]);
    lower[k] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0));
  }
  t.lex.reserve(s.size() / 4 + 4);
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t start = i;
    if (c <= ' ' || c == 0x7F) {
      ++i;
      continue;
    }
    if (ascii_digit(c)) {
      ++i;
      while (i < s.size()) {
        unsigned char d = static_cast<unsigned char>(s[i]);
        if (ascii_digit(d)) {
          ++i;
        } else if ((d == ',' || d == '.') && i + 1 < s.size() &&
                   ascii_digit(static_cast<unsigned char>(s[i + 1]))) {
          i += 2;
        } else {
          break;
        }
      }
      t.lex.push_back({uint32_t(start), uint32_t(i), LexKind::Number});
      continue;
    }
    if (c < 0x80 && !ascii_alpha(c)) {
      LexKind k = (c == '$' || c == '%') ? LexKind::Symbol : LexKind::Punct;
      t.lex.push_back({uint32_t(start), uint32_t(i + 1), k});
      ++i;
      continue;
    }
    std::size_t n = c < 0x80 ? 1 : utf8_len(c);
    bool space = false;
    LexKind k = c < 0x80 ? LexKind::Word : classify_multibyte(s, i, n, &space);
    if (space) {
      i += n;
      continue;
    }
    if (k != LexKind::Word) {
      i = std::min(s.size(), i + n);
      t.lex.push_back({uint32_t(start), uint32_t(i), k});
      continue;
    }
    while (i < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i]);
      if (ascii_alpha(d)) {  // the common case, without a call
        ++i;
        continue;
      }
      if (d < 0x80 || !word_byte(s, i)) break;
      i = std::min(s.size(), i + utf8_len(d));
    }
    if (i == start) i = std::min(s.size(), start + n);
    t.lex.push_back({uint32_t(start), uint32_t(i), LexKind::Word});
  }
  t.hash.resize(t.lex.size());
  for (std::size_t k = 0; k < t.lex.size(); ++k) t.hash[k] = word_hash(t.low(k));
  return t;
}

std::size_t lex_at(const LexedText& t, std::uint32_t offset) {
  std::size_t lo = 0, hi = t.lex.size();
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (t.lex[mid].start < offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

}  // namespace entente
