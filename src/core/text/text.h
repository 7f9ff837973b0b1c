// Plain value types for a decoded document: tokens and sentences with UTF-8 byte offsets.
// Every later stage (topics, mentions, deals, overlap) reads these; nothing here depends on them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

enum class TokenKind : std::uint8_t {
  Word,    // letters, digits inside words, internal hyphens/apostrophes: "co-operation", "Mi-35"
  Number,  // starts with a digit: "1948", "1.5", "1,300", "1,300-km", "1.5bn", "2018-19"
  Clitic,  // possessive or contraction tail split from a word: "’s", "'s", "n't"
  Punct,   // sentence and clause punctuation, quotes, brackets, dashes
  Symbol,  // currency and other symbols, one code point each: "$", "€", "£", "₹", "%"
};

struct Token {
  std::uint32_t start = 0;  // byte offset into Document::text
  std::uint32_t end = 0;    // end exclusive
  std::uint32_t lower_at =
      0;  // where its lowered form starts in its TokenList (read it with TokenList::lower)
  TokenKind kind = TokenKind::Word;
};

// A document's tokens in order, with their lowered forms (lower-cased ASCII/Latin-1 letters, curly apostrophe
// folded to ', NBSP removed) kept one after another, each ended by a NUL, in one buffer: no heap string per
// token. Offsets, not pointers, so copies and moves keep every form. Reads like a const std::vector<Token>.
class TokenList {
 public:
  using const_iterator = std::vector<Token>::const_iterator;

  std::size_t size() const { return tokens_.size(); }
  bool empty() const { return tokens_.empty(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }
  const Token& back() const { return tokens_.back(); }
  const_iterator begin() const { return tokens_.begin(); }
  const_iterator end() const { return tokens_.end(); }

  // Appends `t` with the lowered form `lower` (up to its first NUL, if any: tokens never hold one, as NUL
  // separates tokens); sets t.lower_at.
  void push_back(Token t, std::string_view lower);
  // The lowered form of `t`, which must be a token of this list (or a copy of one). Valid while the list
  // lives unchanged.
  std::string_view lower(const Token& t) const { return std::string_view(lowered_.data() + t.lower_at); }
  std::string_view lower(std::size_t i) const { return lower(tokens_[i]); }
  // Room for `tokens` tokens whose lowered forms add up to `lowered_bytes` bytes.
  void reserve(std::size_t tokens, std::size_t lowered_bytes);
  // Frees the room reserved beyond what is held.
  void shrink_to_fit();
  void clear();

 private:
  std::vector<Token> tokens_;
  std::string lowered_;  // every token's lowered form followed by a NUL
};

struct Sentence {
  std::uint32_t start = 0;        // byte offset of the first character (after leading spaces/bullets)
  std::uint32_t end = 0;          // end exclusive, after the final punctuation
  std::uint32_t first_token = 0;  // index into Document::tokens
  std::uint32_t token_end = 0;    // one past the last token of the sentence
};

// One input file after ingest. When `error` is non-empty the text is empty and the file is skipped by
// every analysis stage (it still appears in the document list).
struct Document {
  int id = 0;
  std::string name;       // base name of the file
  std::size_t bytes = 0;  // size of the raw input
  std::string encoding;   // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252", "html/<enc>"
  std::string title;
  std::string error;
  std::string text;  // decoded UTF-8 (tags removed for HTML)
  TokenList tokens;
  std::vector<Sentence> sentences;

  bool ok() const { return error.empty(); }
  std::string_view slice(std::uint32_t start, std::uint32_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
};

struct Corpus {
  std::vector<Document> docs;
};

}  // namespace entente
