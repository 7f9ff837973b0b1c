// Countries named in a deal's sentence that are not its sides: one named only by its currency, a venue
// ("signed at a meeting in Dakar"), the far end of a route ("a pipeline to Turkey").
#include "deal_party_drops.h"

#include <algorithm>
#include <string_view>

#include "spans_in.h"

namespace entente {

namespace {

// "talks on the sidelines of a summit in South Africa", "signed at a meeting in Dakar", "at the Dubai
// Airshow", "officials said in Dubai": a place named as where the deal was told or made is a venue; its
// country is no side when two sides remain without it and the sentence names it nowhere else.
bool venue_word(std::string_view w) {
  return w == "summit" || w == "meeting" || w == "talks" || w == "conference" || w == "forum" ||
         w == "ceremony" || w == "airshow" || w == "show" || w == "exhibition" || w == "expo" ||
         w == "fair" || w == "said" || w == "announced" || w == "says";
}

constexpr std::string_view kMonths = "jan feb mar apr may jun jul aug sep oct nov dec";

// "Doha, May 3 (Wire) -": a dateline's city, opening the sentence before a date, is a venue too.
bool dateline_city(const LexedText& t, const EntityHit& e, std::size_t floor) {
  if (e.first != floor || !t.is(e.end, ",") || e.end + 1 >= t.lex.size()) return false;
  std::string_view n = t.low(e.end + 1);
  return (n.size() >= 3 && kMonths.find(n.substr(0, 3)) != std::string_view::npos) ||
         (!n.empty() && n[0] >= '0' && n[0] <= '9');
}

bool venue_at(const LexedText& t, const EntityHit& e, std::size_t floor) {
  std::size_t k = e.first;
  if (dateline_city(t, e, floor)) return true;
  bool the = k > floor + 1 && t.is(k - 1, "the");
  std::size_t prep = the ? k - 2 : k - 1;
  if (k <= floor || !(t.is(prep, "in") || t.is(prep, "at"))) return false;
  if (t.is(prep, "at") && the && e.end < t.lex.size() && venue_word(t.low(e.end))) return true;
  return t.is(prep, "in") && prep > floor && venue_word(t.low(prep - 1));
}

}  // namespace

void drop_named_aside(const FillContext& f, LexRange sentence, NameSet* p,
                      const std::function<bool(const EntityHit&)>& aside) {
  NameSet named, set_aside;
  for (auto [e, end] = spans_in(f.m.entities, sentence.b, sentence.e); e != end; ++e) {
    if (e->kind != EntityKind::Country || e->entity < 0) continue;
    std::string_view name = f.tables.gazetteer.entities[e->entity].name;
    (aside(*e) ? set_aside : named).insert(name);
  }
  for (std::string_view c : set_aside)
    if (p->size() > 2 && !named.count(c) && p->count(c)) p->v.erase(std::find(p->v.begin(), p->v.end(), c));
}

// "for 3 billion Norwegian crowns": a country named only by its currency, inside an amount, is no side
// when two sides remain without it (but "50 billion Chinese yuan / 26 billion Saudi riyals" may be all a
// swap's sides say).
void drop_currency_names(const FillContext& f, LexRange sentence, NameSet* p) {
  drop_named_aside(f, sentence, p, [&](const EntityHit& e) { return f.m.taken[e.first] == 1; });
}

void drop_venues(const FillContext& f, LexRange sentence, NameSet* p) {
  drop_named_aside(f, sentence, p, [&](const EntityHit& e) { return venue_at(f.m.lexed, e, sentence.b); });
}

// "a loan for the line extension to Niger", "a pipeline to Turkey": the far end of a route is a place the
// deal reaches, dropped when two other sides remain.
void drop_route_ends(const FillContext& f, const DealDraft& d, NameSet* p) {
  const LexedText& t = f.m.lexed;
  for (auto [e, end] = spans_in(f.m.entities, d.own.b, d.own.e); e != end; ++e) {
    std::size_t k = e->first;
    if (p->size() <= 2 || e->kind != EntityKind::Country || e->entity < 0 || k < 2 || !t.is(k - 1, "to"))
      continue;
    std::string_view r = t.low(k - 2);
    bool route = r == "extension" || r == "line" || r == "railway" || r == "pipeline" || r == "road" ||
                 r == "highway" || r == "link" || r == "corridor" || r == "cable" || r == "interconnector";
    auto at = std::find(p->v.begin(), p->v.end(), f.tables.gazetteer.entities[e->entity].name);
    if (route && at != p->v.end()) p->v.erase(at);
  }
}

}  // namespace entente
