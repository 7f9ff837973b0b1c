// Stock-line patterns and the document-frequency cap.
#include "boilerplate.h"

#include <algorithm>
#include <string>
#include <vector>

namespace entente {
namespace {

// Lower-cased prefixes of short stock lines (at most 12 words), compared on letters and spaces only.
constexpr std::string_view kStockPrefixes[] = {
    "leave a reply",
    "leave a comment",
    "comments are closed",
    "subscribe to",
    "sign up for",
    "share this",
    "share on",
    "follow us",
    "all rights reserved",
    "copyright",
    "click here",
    "read more",
    "related articles",
    "related posts",
    "related stories",
    "advertisement",
    "posted in",
    "filed under",
    "tags",
    "email this",
    "print this",
    "you may also like",
    "most read",
    "posted by",
    "written by",
    "stay tuned to",
    "download our app",
    "your email address",
    "required fields are marked",
    "recommended",
    "also read",
    "more from",
};

// Prefixes of author notes and disclaimers, which may run to 40 words.
constexpr std::string_view kNotePrefixes[] = {
    "the writer is",       "the author is",      "the writer can be",
    "the views expressed", "opinions expressed", "originally published",
    "this article was",    "stay tuned to",      "your email address",
};

// Letters folded to lower case, every other run of characters to one space, trimmed.
std::string letters_only(std::string_view line) {
  std::string out;
  for (char c : line) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      out += static_cast<char>(c | 0x20);
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Whether `line` holds more than `limit` runs of ASCII letters (the words of letters_only), reading no
// further than the run that passes the limit.
bool more_words_than(std::string_view line, std::size_t limit) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : line) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter && !in_word && ++words > limit) return true;
    in_word = letter;
  }
  return false;
}

std::size_t word_count(std::string_view s) {
  return s.empty() ? 0 : 1 + std::count(s.begin(), s.end(), ' ');
}

}  // namespace

bool is_stock_line(std::string_view line) {
  if (more_words_than(line, 40)) return false;  // long paragraphs: decided without copying them
  const std::string s = letters_only(line);
  const std::size_t words = word_count(s);
  if (words == 0 || words > 40) return false;
  if (line.find("\xC2\xA9") != std::string_view::npos && words <= 12) return true;  // ©
  auto starts = [&s](std::string_view p) {
    return s.compare(0, p.size(), p) == 0 && (s.size() == p.size() || s[p.size()] == ' ');
  };
  for (std::string_view p : kNotePrefixes) {
    if (starts(p)) return true;
  }
  if (words > 12) return false;
  for (std::string_view p : kStockPrefixes) {
    if (starts(p)) return true;
  }
  return words <= 5 && (s == "by" || s.compare(0, 3, "by ") == 0);
}

void mark_stock_lines(const Document& doc, MatchSeq& seq) {
  std::vector<bool> stock_token(doc.tokens.size(), false);
  std::size_t t = 0;
  std::size_t line_start = 0;
  while (line_start <= doc.text.size() && t < doc.tokens.size()) {
    std::size_t line_end = doc.text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = doc.text.size();
    const bool stock = is_stock_line(std::string_view(doc.text).substr(line_start, line_end - line_start));
    for (; t < doc.tokens.size() && doc.tokens[t].start < line_end; ++t) stock_token[t] = stock;
    line_start = line_end + 1;
  }
  for (std::size_t i = 0; i < seq.size(); ++i) {
    if (stock_token[seq.token[i]]) seq.flags[i] |= kMatchMasked;
  }
}

std::size_t max_feature_df(std::size_t docs, double share, std::size_t min_docs) {
  if (docs < min_docs) return docs;
  const std::size_t by_share = static_cast<std::size_t>(share * static_cast<double>(docs));
  const std::size_t by_cost = 100 + docs / 100;
  return std::max<std::size_t>(std::max<std::size_t>(2, min_docs), std::min(by_share, by_cost));
}

}  // namespace entente
