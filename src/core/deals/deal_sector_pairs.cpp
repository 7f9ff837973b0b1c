// Paired fields: "the energy and transport sectors", "its mining, power and port industries".
#include "deal_sector_pairs.h"

#include <string_view>
#include <vector>

namespace entente {
namespace {

bool fields_word(std::string_view w) {
  return w == "sectors" || w == "industries" || w == "fields" || w == "areas";
}

// The sector id of a sector phrase ending right before lexeme k (within three lexemes), else -1.
int sector_ending_at(const FillContext& f, std::size_t b, std::size_t k) {
  for (std::size_t j = k; j > b && j + 4 > k; --j) {
    PhraseMatch m = f.lex.sectors.match(f.m.lexed, j - 1);
    if (m.id >= 0 && m.end == k) return m.id;
  }
  return -1;
}

}  // namespace

bool paired_fields(const FillContext& f, LexRange r) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = r.b + 1; k + 2 < r.e; ++k) {
    if (!t.is(k, "and") && !t.is(k, ",")) continue;
    int a = sector_ending_at(f, r.b, k);
    PhraseMatch m = f.lex.sectors.match(t, k + 1);
    if (a < 0 || m.id < 0 || f.lex.sector_names[a] == f.lex.sector_names[m.id]) continue;
    for (std::size_t j = m.end; j < r.e && j < m.end + 2; ++j)
      if (fields_word(t.low(j))) return true;
  }
  return false;
}

bool paired_fields_text(std::string_view sentence) {
  std::vector<std::string_view> w;
  for (std::size_t b = 0, e = 0; b < sentence.size(); b = e + 1) {
    e = sentence.find_first_of(" ,.;:'", b);
    if (e == std::string_view::npos) e = sentence.size();
    if (e > b) w.push_back(sentence.substr(b, e - b));
  }
  for (std::size_t k = 3; k < w.size(); ++k)
    if (fields_word(w[k]) && w[k - 2] == "and" && w[k - 1] != w[k - 3]) return true;
  return false;
}

}  // namespace entente
