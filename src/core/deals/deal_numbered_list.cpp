// Numbered list items for the list rules (deal_numbered_list.h).
#include "deal_numbered_list.h"

#include <cctype>

#include "deal_text_lines.h"

namespace entente {

namespace {

// How far back the line above a blank line may start.
constexpr std::size_t kBlankLookBack = 2000;

}  // namespace

bool numbered_line(std::string_view text, std::size_t b) {
  while (b < text.size() && text[b] == ' ') ++b;
  bool bracket = b < text.size() && text[b] == '(';
  if (bracket) ++b;
  std::size_t digits = 0;
  while (b + digits < text.size() && std::isdigit(static_cast<unsigned char>(text[b + digits]))) ++digits;
  if (digits == 0 || digits > 2) return false;
  b += digits;
  if (b + 1 >= text.size()) return false;
  bool closed = bracket ? text[b] == ')' : text[b] == '.' || text[b] == ')';
  return closed && text[b + 1] == ' ';
}

std::size_t over_blank_line(std::string_view text, std::size_t prev, std::size_t b) {
  if (prev == kNoLine || prev == 0) return prev;
  for (std::size_t k = prev; k + 1 < b && k < text.size(); ++k)
    if (text[k] != ' ' && text[k] != '\r') return prev;
  return line_start(text, prev - 1, kBlankLookBack);
}

}  // namespace entente
