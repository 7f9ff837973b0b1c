// Lines of a document's text for the list rules (deal_text_lines.h).
#include "deal_text_lines.h"

#include "deal_numbered_list.h"

namespace entente {

std::size_t line_start(std::string_view text, std::size_t at, std::size_t max_back) {
  for (std::size_t k = at, seen = 0; k > 0; --k, ++seen) {
    if (text[k - 1] == '\n') return k;
    if (seen == max_back) return kNoLine;
  }
  return 0;
}

bool bullet_line(std::string_view text, std::size_t b) {
  if (b == kNoLine) return false;
  while (b < text.size() && text[b] == ' ') ++b;
  return text.substr(b, 1) == "-" || text.substr(b, 1) == "*" || text.substr(b, 3) == "\xE2\x80\xA2" ||
         numbered_line(text, b);
}

}  // namespace entente
