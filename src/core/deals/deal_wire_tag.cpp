// Wire-service tags: the capitalised editing verb that opens "(CORRECTS ...)", "(Adds ...)".
#include "deal_wire_tag.h"

#include <array>
#include <string_view>

namespace entente {

bool wire_tag(const LexedText& t, std::size_t k) {
  static constexpr std::array<std::string_view, 9> kTags = {
      "corrects", "updates", "adds", "refiles", "recasts", "repeats", "clarifies", "amends", "fixes"};
  if (k >= t.lex.size() || !t.capitalized(k)) return false;
  for (std::string_view w : kTags)
    if (t.is(k, w)) return true;
  return false;
}

bool ends_in_wire_tag(const LexedText& t, std::size_t b, std::size_t e) {
  constexpr std::size_t kNote = 16;  // lexemes of a tag note: "CORRECTS value in paragraph 3"
  if (e <= b + 2 || t.raw(e - 1) != ")") return false;
  for (std::size_t k = e - 1; k > b && k + kNote > e; --k)
    if (t.raw(k - 1) == "(") return wire_tag(t, k);
  return false;
}

}  // namespace entente
