// Numbered list items for the list rules (deal_numbered_list.h).
#include "deal_numbered_list.h"

#include <cctype>

#include "deal_text_lines.h"

namespace entente {

namespace {

// How far back the line above a blank line may start.
constexpr std::size_t kBlankLookBack = 2000;

// The length of a list label at b: one or two digits, one lowercase letter, or up to four lowercase roman
// numeral letters ("iv"); 0 when none.
std::size_t label_length(std::string_view text, std::size_t b) {
  std::size_t n = 0;
  while (b + n < text.size() && std::isdigit(static_cast<unsigned char>(text[b + n]))) ++n;
  if (n > 0) return n <= 2 ? n : 0;
  auto roman = [](char c) { return c == 'i' || c == 'v' || c == 'x'; };
  while (b + n < text.size() && roman(text[b + n])) ++n;
  if (n > 1) return n <= 4 ? n : 0;
  return b < text.size() && text[b] >= 'a' && text[b] <= 'z' ? 1 : 0;
}

}  // namespace

bool numbered_line(std::string_view text, std::size_t b) {
  while (b < text.size() && text[b] == ' ') ++b;
  bool bracket = b < text.size() && text[b] == '(';
  if (bracket) ++b;
  std::size_t n = label_length(text, b);
  if (n == 0) return false;
  bool digits = std::isdigit(static_cast<unsigned char>(text[b])) != 0;
  b += n;
  if (b + 1 >= text.size()) return false;
  // "1. ", "1) ", "(1) ", "a) ", "(a) ", "(iv) "; a letter with a full stop ("a. ") is too often a word.
  bool closed = bracket ? text[b] == ')' : text[b] == ')' || (digits && text[b] == '.');
  return closed && text[b + 1] == ' ';
}

std::string without_list_label(std::string item) {
  if (!numbered_line(item, 0)) return item;
  std::size_t space = item.find(' ');
  std::size_t rest = item.find_first_not_of(' ', space);
  return rest == std::string::npos ? item : item.substr(rest);
}

std::size_t over_blank_line(std::string_view text, std::size_t prev, std::size_t b) {
  if (prev == kNoLine || prev == 0) return prev;
  for (std::size_t k = prev; k + 1 < b && k < text.size(); ++k)
    if (text[k] != ' ' && text[k] != '\r') return prev;
  return line_start(text, prev - 1, kBlankLookBack);
}

}  // namespace entente
