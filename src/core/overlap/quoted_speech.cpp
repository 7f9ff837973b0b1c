// Quotation marks paired within paragraphs, and the match tokens they enclose.
#include "quoted_speech.h"

#include <cstddef>
#include <string_view>

namespace entente {
namespace {

enum class Mark { kNone, kOpen, kClose, kStraight };

// The quotation mark starting at byte i of `text` and its length in bytes (0 when there is none).
Mark mark_at(std::string_view text, std::size_t i, std::size_t& len) {
  len = 0;
  if (text[i] == '"') {
    len = 1;
    return Mark::kStraight;
  }
  if (text[i] != '\xE2' || i + 2 >= text.size() || text[i + 1] != '\x80') return Mark::kNone;
  if (text[i + 2] != '\x9C' && text[i + 2] != '\x9D') return Mark::kNone;
  len = 3;
  return text[i + 2] == '\x9C' ? Mark::kOpen : Mark::kClose;
}

bool space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// True when the line break at byte i ends a paragraph: a blank line follows, or the line ends a sentence
// (. ! or ?, perhaps followed by closing marks or brackets).
bool paragraph_break(std::string_view text, std::size_t i) {
  std::size_t j = i + 1;
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
  if (j >= text.size() || text[j] == '\n') return true;
  std::size_t k = i;
  while (k > 0 && space(text[k - 1])) --k;
  while (k > 0) {
    const char c = text[k - 1];
    if (c == '"' || c == ')' || c == '\'') {
      --k;
    } else if (k >= 3 && text.substr(k - 3, 3) == "\xE2\x80\x9D") {
      k -= 3;
    } else {
      break;
    }
  }
  return k > 0 && (text[k - 1] == '.' || text[k - 1] == '!' || text[k - 1] == '?');
}

// True when the paragraph that starts after byte i opens with a quotation mark.
bool opens_with_quote(std::string_view text, std::size_t i) {
  std::size_t j = i;
  while (j < text.size() && space(text[j])) ++j;
  std::size_t len = 0;
  return j < text.size() && mark_at(text, j, len) != Mark::kNone && mark_at(text, j, len) != Mark::kClose;
}

}  // namespace

std::vector<ByteRange> quoted_ranges(std::string_view text) {
  std::vector<ByteRange> out;
  constexpr std::size_t kClosed = std::string_view::npos;
  std::size_t open = kClosed;  // byte of the pending opening mark
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c != '"' && c != '\n' && c != '\xE2') {  // the only bytes that may start a mark or a break
      ++i;
      continue;
    }
    if (c == '\n' && paragraph_break(text, i)) {
      if (open != kClosed && opens_with_quote(text, i + 1))
        out.push_back({static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(i)});
      open = kClosed;
      ++i;
      continue;
    }
    std::size_t len = 0;
    Mark m = mark_at(text, i, len);
    if (m == Mark::kStraight) {
      const bool space_before = i == 0 || space(text[i - 1]);
      const bool space_after = i + 1 >= text.size() || space(text[i + 1]);
      if (open != kClosed && !space_before) {
        m = Mark::kClose;
      } else {
        m = space_after ? Mark::kNone : Mark::kOpen;
      }
    }
    if (m == Mark::kOpen) {
      open = i;
    } else if (m == Mark::kClose && open != kClosed) {
      out.push_back({static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(i + len)});
      open = kClosed;
    }
    i += len == 0 ? 1 : len;
  }
  return out;
}

void mark_quoted_speech(const Document& doc, MatchSeq& seq) {
  const std::vector<ByteRange> ranges = quoted_ranges(doc.text);
  std::size_t r = 0;
  for (std::size_t i = 0; i < seq.size(); ++i) {
    const std::uint32_t at = doc.tokens[seq.token[i]].start;
    while (r < ranges.size() && ranges[r].end <= at) ++r;
    if (r < ranges.size() && ranges[r].start <= at) seq.flags[i] |= kMatchQuoted;
  }
}

}  // namespace entente
