// Stop word list loading and the content-term rule (see stop_words.h).
#include "stop_words.h"

#include "assets.h"
#include "tokenize.h"

namespace entente {

StopWords::StopWords(std::string_view list) {
  std::size_t pos = 0;
  while (pos < list.size()) {
    std::size_t end = list.find('\n', pos);
    if (end == std::string_view::npos) end = list.size();
    std::string_view line = list.substr(pos, end - pos);
    pos = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    words_.insert(fold_lower(line));
  }
}

StopWords StopWords::english() {
  return StopWords(embedded_asset("stopwords.txt"));
}

bool is_content_term(const Token& token, std::string_view lower, const StopWords& stop_words) {
  if (token.kind != TokenKind::Word) return false;
  // At least two characters: one multi-byte UTF-8 character also counts as short.
  std::size_t chars = 0;
  for (char c : lower) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return chars >= 2 && !stop_words.contains(lower);
}

}  // namespace entente
