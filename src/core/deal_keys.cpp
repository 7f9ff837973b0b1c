// Word keys shared by cross-document grouping and in-document consolidation.
#include "deal_keys.h"

namespace entente {

std::set<std::string> word_keys(std::string_view text) {
  std::set<std::string> out;
  std::string w;
  auto flush = [&] {
    if (w.size() >= 3) out.insert(w.substr(0, 5));
    w.clear();
  };
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      w.push_back(c);
    else if (c >= 'A' && c <= 'Z')
      w.push_back(static_cast<char>(c - 'A' + 'a'));
    else
      flush();
  }
  flush();
  return out;
}

}  // namespace entente
