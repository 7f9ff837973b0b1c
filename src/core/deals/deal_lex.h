// A fine-grained lexer for mention and deal rules: splits letters from digits ("Rs39,000" -> "Rs" "39,000"),
// hyphens from words ("1,300-km" -> "1,300" "-" "km") and currency symbols from numbers ("$153").
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

enum class LexKind : std::uint8_t { Word, Number, Symbol, Punct };

// 16 bytes (8-aligned): a lexeme list's size and index arithmetic are shifts, not divisions by 12.
struct alignas(8) Lex {
  std::uint32_t start = 0;  // byte offset into the lexed text
  std::uint32_t end = 0;    // end exclusive
  LexKind kind = LexKind::Word;
};

// The lexemes of one text plus an ASCII-lower-cased copy of it (same byte offsets).
struct LexedText {
  std::string_view text;
  std::string lower;
  std::vector<Lex> lex;
  std::vector<std::uint64_t> hash;  // per lexeme: word_hash of its lower-cased bytes

  std::string_view low(std::size_t i) const {
    return {lower.data() + lex[i].start, lex[i].end - lex[i].start};
  }
  std::string_view raw(std::size_t i) const {
    return {text.data() + lex[i].start, lex[i].end - lex[i].start};
  }
  // True when lexeme i starts with an ASCII upper-case letter.
  bool capitalized(std::size_t i) const {
    if (i >= lex.size()) return false;
    unsigned char c = static_cast<unsigned char>(text[lex[i].start]);
    return c >= 'A' && c <= 'Z';
  }
  // True when lexemes i and i + 1 touch (no space between them).
  bool joined(std::size_t i) const { return i + 1 < lex.size() && lex[i].end == lex[i + 1].start; }
  // Lengths first: most lexemes differ in length from the word asked about, and the bytes of a literal
  // `lower_word` compare inline.
  bool is(std::size_t i, std::string_view lower_word) const {
    return i < lex.size() && lex[i].end - lex[i].start == lower_word.size() &&
           std::memcmp(lower.data() + lex[i].start, lower_word.data(), lower_word.size()) == 0;
  }
};

// Whether `w` is one of `words`, byte for byte: pass lower-cased words with LexedText::low.
inline bool in_words(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

// Whether any lexeme of [b, e) in `t` is one of `words` (lower-cased, as in_words).
inline bool any_in_words(const LexedText& t, std::size_t b, std::size_t e,
                         std::initializer_list<std::string_view> words) {
  for (std::size_t k = b; k < e && k < t.lex.size(); ++k)
    if (in_words(t.low(k), words)) return true;
  return false;
}

// The hash step for one 8-byte chunk of a word.
constexpr std::uint64_t word_hash_step(std::uint64_t h, std::uint64_t chunk) {
  h = (h ^ chunk) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

// The last step of a word's hash, after its chunks.
constexpr std::uint64_t word_hash_finish(std::uint64_t h) {
  h *= 0xC2B2AE3D27D4EB4Full;
  return h ^ (h >> 29);
}

// Hash of a lower-cased word, for table lookups (constexpr, so word tables can switch on it): its bytes read
// eight at a time as little-endian integers (the last chunk zero-padded), then mixed so that the low bits,
// which table filters use, depend on every byte. Equal words have equal hashes; callers compare bytes after.
constexpr std::uint64_t word_hash(std::string_view lower) {
  std::uint64_t h = lower.size();
  std::size_t i = 0;
  do {
    std::uint64_t chunk = 0;
    for (std::size_t k = 0; k < 8 && i + k < lower.size(); ++k)
      chunk |= std::uint64_t(static_cast<unsigned char>(lower[i + k])) << (8 * k);
    h = word_hash_step(h, chunk);
    i += 8;
  } while (i < lower.size());
  return word_hash_finish(h);
}

// Lexes `text`; the result keeps a view of `text`, which must outlive it. Offsets fit in 32 bits.
LexedText lex_text(std::string_view text);

// Index of the first lexeme starting at or after byte `offset` (lex.size() when none).
std::size_t lex_at(const LexedText& t, std::uint32_t offset);

// True when lexeme k is a lower-case -ly adverb ("locally", "newly"; not "supply", "Italy"), as before a
// participle used as an adjective ("locally built tanks"). Precondition: k < t.lex.size().
bool ly_adverb(const LexedText& t, std::size_t k);

}  // namespace entente
