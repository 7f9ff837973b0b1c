// A sentence's opening country cut from its clause by an aside (see deal_subject_aside.h).
#include "deal_subject_aside.h"

#include "deal_lex.h"
#include "spans_in.h"

namespace entente {

namespace {

constexpr std::size_t kAsideWords = 4;  // "for its part", "the ministry said"

// The comma that closes an aside opening at comma `open`: at most kAsideWords plain words, no country.
std::size_t aside_close(const FillContext& f, std::size_t open, std::size_t limit) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = open + 1; k < limit && k <= open + kAsideWords + 1; ++k) {
    if (t.is(k, ",")) return k > open + 1 ? k : limit;
    if (t.lex[k].kind != LexKind::Word) return limit;
  }
  return limit;
}

// "said Russia had sold": a country in the clause before its trigger that is not after a preposition or
// "and" is a subject of its own, and the opening country only speaks of the deal.
bool own_subject_before(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  for (auto [e, end] = spans_in(f.m.entities, d.own.b, d.trigger); e != end; ++e) {
    if (e->kind != EntityKind::Country || e->first == 0) continue;
    if (!in_words(t.low(e->first - 1),
                  {"with", "and", "between", "to", "from", "of", "for", "in", "by", "on"}))
      return true;
  }
  return false;
}

}  // namespace

void add_aside_subject(const FillContext& f, const DealDraft& d, NameSet* p) {
  const LexedText& t = f.m.lexed;
  auto [e, end] = spans_in(f.m.entities, d.sentence.b, d.own.b);
  if (e == end || e->first != d.sentence.b || e->kind != EntityKind::Country || e->entity < 0) return;
  if (!t.is(e->end, ",")) return;
  std::size_t close = aside_close(f, e->end, d.own.b);
  if (close + 1 != d.own.b || !countries_in(f, {close + 1, close + 2}).empty()) return;
  if (!countries_in(f, {e->end, close}).empty() || own_subject_before(f, d)) return;
  std::string_view c = f.tables.gazetteer.entities[e->entity].name;
  if (!p->count(c)) p->insert(c);
}

}  // namespace entente
