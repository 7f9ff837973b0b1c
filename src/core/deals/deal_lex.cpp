// Byte-level lexer: ASCII classes, UTF-8 punctuation (U+2000..U+206F) and currency signs recognised by lead
// bytes.
#include "deal_lex.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace entente {
namespace {

constexpr bool ascii_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool ascii_digit(unsigned char c) {
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

// The lexer's classes of a byte: ASCII space and controls, letters, digits, '$' and '%', other ASCII
// punctuation, and the bytes of UTF-8 sequences.
enum class ByteClass : std::uint8_t { Space, Letter, Digit, Symbol, Punct, High };

constexpr std::array<ByteClass, 256> kByteClass = [] {
  std::array<ByteClass, 256> a{};
  for (int c = 0; c < 256; ++c) {
    ByteClass k = ByteClass::Punct;
    if (c <= ' ' || c == 0x7F)
      k = ByteClass::Space;
    else if (ascii_alpha(static_cast<unsigned char>(c)))
      k = ByteClass::Letter;
    else if (ascii_digit(static_cast<unsigned char>(c)))
      k = ByteClass::Digit;
    else if (c == '$' || c == '%')
      k = ByteClass::Symbol;
    else if (c >= 0x80)
      k = ByteClass::High;
    a[static_cast<std::size_t>(c)] = k;
  }
  return a;
}();

LexKind ascii_kind(char c) {
  return (c == '$' || c == '%') ? LexKind::Symbol : LexKind::Punct;
}

// End of the word that started at `start` (its first character `n` bytes long), from s[i] on: letters and
// UTF-8 word characters.
std::size_t word_end(std::string_view s, std::size_t i, std::size_t start, std::size_t n) {
  while (i < s.size()) {
    unsigned char d = static_cast<unsigned char>(s[i]);
    if (ascii_alpha(d)) {  // the common case, without a call
      ++i;
      continue;
    }
    if (d < 0x80 || !word_byte(s, i)) break;
    i = std::min(s.size(), i + utf8_len(d));
  }
  return i == start ? std::min(s.size(), start + n) : i;
}

// End of the digit literal starting at s[i]: digits, and ',' or '.' between digits ("1,300.5").
std::size_t number_end(std::string_view s, std::size_t i) {
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
  return i;
}

// Lexes the UTF-8 sequence at s[i] (a space, a punctuation mark or symbol, or the start of a word);
// returns where lexing goes on.
std::size_t lex_multibyte(std::string_view s, std::size_t i, std::vector<Lex>* out) {
  std::size_t n = utf8_len(static_cast<unsigned char>(s[i]));
  bool space = false;
  LexKind k = classify_multibyte(s, i, n, &space);
  if (space) return i + n;
  std::size_t end = k == LexKind::Word ? word_end(s, i, i, n) : std::min(s.size(), i + n);
  out->push_back({uint32_t(i), uint32_t(end), k});
  return end;
}

// word_hash of the lexeme `x` of `lower`: its chunks loaded whole and masked where `lower` goes on for 8
// bytes from the chunk's start (all but the last few lexemes of a text), else byte by byte.
inline std::uint64_t lexeme_hash(const std::string& lower, Lex x) {
  const std::size_t n = x.end - x.start;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  std::uint64_t chunk;
  if (n - 1 < 8 && x.start + 8 <= lower.size()) {  // 1 to 8 bytes: most lexemes
    std::memcpy(&chunk, lower.data() + x.start, 8);
    return word_hash_finish(word_hash_step(n, chunk & (~std::uint64_t(0) >> (64 - 8 * n))));
  }
  if (x.start + ((n - 1) & ~std::size_t(7)) + 8 <= lower.size()) {  // the last chunk's 8 bytes are there
    std::uint64_t h = n;
    for (std::size_t i = x.start; i < x.end; i += 8) {
      std::memcpy(&chunk, lower.data() + i, 8);
      const std::size_t left = x.end - i;
      h = word_hash_step(h, left >= 8 ? chunk : chunk & (~std::uint64_t(0) >> (64 - 8 * left)));
    }
    return word_hash_finish(h);
  }
#endif
  return word_hash(std::string_view(lower).substr(x.start, n));
}

// The end of the run of ASCII letters from lower[i] on (`lower` is lower-cased, so they are 'a'..'z'), eight
// bytes at a time: the two borrow tests flag the bytes below 'a' and above 'z' (exactly for the lowest
// flagged byte, the one wanted; a flag above it may be false).
std::size_t letters_end(const std::string& lower, std::size_t i) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (; i + 8 <= lower.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, lower.data() + i, 8);
    const std::uint64_t below = (x - kOnes * 'a') & ~x & kHigh;
    const std::uint64_t above = ((x + kOnes * (127 - 'z')) | x) & kHigh;
    if (below | above) return i + static_cast<std::size_t>(__builtin_ctzll(below | above) / 8);
  }
#endif
  while (i < lower.size() && lower[i] >= 'a' && lower[i] <= 'z') ++i;
  return i;
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
    const std::size_t start = i;
    switch (kByteClass[static_cast<unsigned char>(s[i])]) {
      case ByteClass::Space:
        ++i;
        continue;
      case ByteClass::Letter:  // ASCII letters in a tight loop; a word that goes on in UTF-8 goes on below
        i = letters_end(t.lower, i + 1);
        if (i < s.size() && static_cast<unsigned char>(s[i]) >= 0x80) i = word_end(s, i, start, 1);
        t.lex.push_back({uint32_t(start), uint32_t(i), LexKind::Word});
        continue;
      case ByteClass::Digit:
        i = number_end(s, i);
        t.lex.push_back({uint32_t(start), uint32_t(i), LexKind::Number});
        continue;
      case ByteClass::Symbol:
      case ByteClass::Punct:
        t.lex.push_back({uint32_t(start), uint32_t(++i), ascii_kind(s[start])});
        continue;
      case ByteClass::High:
        i = lex_multibyte(s, i, &t.lex);
        continue;
    }
  }
  t.hash.reserve(t.lex.size());
  for (const Lex& x : t.lex) t.hash.push_back(lexeme_hash(t.lower, x));
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

bool ly_adverb(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  return w.size() > 4 && w.substr(w.size() - 2) == "ly" && w.substr(w.size() - 3) != "ply" &&
         !t.capitalized(k);
}

}  // namespace entente
