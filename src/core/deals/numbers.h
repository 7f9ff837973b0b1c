// Numbers as written in news text: digit literals with Western or Indian grouping, spelled-out numbers and
// scale words (million, bn, lakh, crore). Values are computed exactly as mantissa * scale / 10^decimals.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "deal_lex.h"

namespace entente {

struct NumberMatch {
  double value = 0;
  std::size_t first = 0, end = 0;  // lexeme range [first, end)
  bool spelled = false;            // written in words ("five million")
  bool scaled = false;             // a scale word was applied
  bool integer = true;             // no decimals and no fractional words
};

// The value of a digit literal such as "1,300", "12,34,567.89" or "2.5"; nullopt when malformed.
std::optional<double> parse_digits(std::string_view literal);

// The multiplier of a scale word ("million" -> 1e6, "bn" -> 1e9, "lakh" -> 1e5, "crore" -> 1e7), or 0.
// Single-letter scales ("m", "b", "k") count only when `attached` (written against the number: "5m").
double scale_word(std::string_view lower, bool attached);

// Parses a number starting at lexeme i: digits or words, then an optional scale word. With `allow_words`
// false only digit literals start a number. Returns nullopt when lexeme i does not start a number.
std::optional<NumberMatch> parse_number_at(const LexedText& t, std::size_t i, bool allow_words);
// One bit per word a spelled-out number can start with, at bit (word_hash mod 1024); computed at compile
// time.
extern const std::array<std::uint64_t, 16> kNumberWordStarts;

// Whether a word with this word_hash may start a spelled-out number (a filter: true may be a false alarm).
// Inline: it is asked for most lexemes of a text.
inline bool may_start_number_word(std::uint64_t hash) {
  return (kNumberWordStarts[(hash & 1023) / 64] >> (hash % 64)) & 1;
}
// False when lexeme i cannot start a number (true may be a false alarm): most lexemes, tested inline.
inline bool may_start_number(const LexedText& t, std::size_t i, bool allow_words) {
  if (i >= t.lex.size()) return false;
  const LexKind kind = t.lex[i].kind;
  return kind == LexKind::Number ||
         (kind == LexKind::Word && allow_words && may_start_number_word(t.hash[i]));
}
inline std::optional<NumberMatch> parse_number(const LexedText& t, std::size_t i, bool allow_words) {
  return may_start_number(t, i, allow_words) ? parse_number_at(t, i, allow_words) : std::nullopt;
}

}  // namespace entente
