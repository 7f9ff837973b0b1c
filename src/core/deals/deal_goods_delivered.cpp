// "The Hungarian coaches were delivered in 2024 and 2025": the order told before (deal_goods_delivered.h).
#include "deal_goods_delivered.h"

#include <algorithm>
#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kOrders = 4;   // the deals told just before that the sentence may speak of
constexpr std::size_t kSubject = 6;  // "The 136 Japanese-built city buses"

// The lexeme of "were"/"was"/"been" before the delivery participle at k, or 0.
std::size_t passive_at(const LexedText& t, std::size_t k) {
  if (!t.is(k, "delivered") && !(t.is(k, "handed") && t.is(k + 1, "over"))) return 0;
  if (k < 2 || !in_words(t.low(k - 1), {"was", "were", "been"})) return 0;
  return k - 1 - (t.is(k - 1, "been") && in_words(t.low(k - 2), {"has", "have"}) ? 1 : 0);
}

// The goods' words between "The" and the verb, none partial ("first", "some", "two of").
bool whole_goods(const LexedText& t, LexRange goods) {
  if (goods.e <= goods.b || goods.e - goods.b > kSubject) return false;
  for (std::size_t k = goods.b; k < goods.e; ++k)
    if (in_words(t.low(k), {"first", "last", "remaining", "some", "of", "rest", "initial", "final"}))
      return false;
  return t.lex[goods.e - 1].kind == LexKind::Word;
}

// The head noun of a deal's item: "passenger coaches from Hungary" -> "coaches".
std::string_view item_head(std::string_view item) {
  for (std::string_view p : {" of ", " from ", " for ", " to "}) item = item.substr(0, item.find(p));
  return item.substr(item.rfind(' ') + 1);
}

bool has_all(const Deal& d, const NameSet& countries) {
  for (std::string_view c : countries)
    if (std::find(d.parties.begin(), d.parties.end(), c) == d.parties.end()) return false;
  return true;
}

// goods_delivered for a clause from lexeme b (a sentence's first, or one after "and") whose delivery
// participle is at lexeme k: "The coaches were delivered", "..., and Israeli drones were delivered".
bool goods_delivered_at(const FillContext& f, LexRange sentence, std::size_t b, std::size_t k,
                        std::vector<Deal>* deals) {
  const LexedText& t = f.m.lexed;
  std::size_t verb = passive_at(t, k);
  bool conjunct = b > sentence.b && t.is(b, "and");
  if (verb == 0 || (!conjunct && (b != sentence.b || !t.is(b, "the")))) return false;
  b += conjunct && t.is(b + 1, "the") ? 2 : 1;
  LexRange goods{b, verb};
  if (!whole_goods(t, goods)) return false;
  std::string_view head = t.low(goods.e - 1);
  NameSet named = countries_in(f, goods);
  for (std::size_t n = 0; n < deals->size() && n < kOrders; ++n) {
    Deal& o = (*deals)[deals->size() - 1 - n];
    bool open = o.status == "signed" || (conjunct && o.status == "completed");  // told in the sentence
    if (!open || o.aggregate || !has_all(o, named)) continue;
    if (o.kind != "purchase" && o.kind != "supply" && o.kind != "agreement") continue;
    if (item_head(o.item) != head) continue;
    o.status = "completed";
    std::uint32_t b = t.lex[sentence.b].start, e = t.lex[sentence.e - 1].end;
    o.evidence_extra.push_back({b, e, std::string(t.text.substr(b, e - b))});
    return true;
  }
  return false;
}

}  // namespace

bool goods_delivered(const FillContext& f, const DealDraft& d, std::vector<Deal>* deals) {
  return goods_delivered_at(f, d.sentence, d.own.b, d.trigger, deals);
}

void goods_delivered_told(const FillContext& f, LexRange sentence, std::vector<Deal>* deals) {
  for (std::size_t k = sentence.b + 2; k < sentence.e && k < sentence.b + kSubject + 4; ++k)
    if (goods_delivered_at(f, sentence, sentence.b, k, deals)) return;
}

}  // namespace entente
