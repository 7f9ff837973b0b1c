// The country a paragraph opens on as the partner of its deals (see deal_paragraph_topic.h).
#include "deal_paragraph_topic.h"

#include <algorithm>
#include <string_view>

#include "deal_paragraph_pair.h"

namespace entente {
namespace {

bool in_pair(const FillContext& f, std::string_view c) {
  return std::find(f.main_pair.begin(), f.main_pair.end(), c) != f.main_pair.end();
}

// The end of the sentence opening at lexeme b (just after its full stop), or e when none comes before e.
std::size_t opening_end(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k)
    if (t.is(k, ".") || t.is(k, "!") || t.is(k, "?")) return k + 1;
  return e;
}

bool holds_deal_word(const FillContext& f, LexRange r) {
  for (std::size_t k = r.b; k < r.e; ++k)
    if (f.lex.triggers.match(f.m.lexed, k).id >= 0) return true;
  return false;
}

}  // namespace

bool paragraph_topic(const FillContext& f, const DealDraft& d, NameSet* p) {
  const LexedText& t = f.m.lexed;
  if (p->size() > 1 || f.main_pair.size() != 2 || d.sentence.b >= t.lex.size()) return false;
  if (p->size() == 1 && !in_pair(f, *p->begin())) return false;
  for (std::string_view c : countries_in(f, d.sentence))
    if (!in_pair(f, c)) return false;
  std::size_t b = paragraph_start(t, d.sentence.b);
  std::size_t e = opening_end(t, b, d.sentence.b);
  if (b >= d.sentence.b || e > d.sentence.b || holds_deal_word(f, {b, e})) return false;
  NameSet topic = countries_in(f, {b, e});
  if (topic.size() != 1 || in_pair(f, *topic.begin())) return false;
  p->insert(*topic.begin());
  return true;
}

}  // namespace entente
