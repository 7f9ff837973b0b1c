// Named lists: a member is a run of capitalised words, led perhaps by a country's possessive ("Britain's
// Shell"); members are separated by commas and "and".
#include "deal_party_lists.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

struct Member {
  std::size_t b = 0, e = 0;
};

bool apostrophe(const LexedText& t, std::size_t k) {
  return t.is(k, "'") || t.is(k, "\xE2\x80\x99");
}

// The members of a list of named parties starting at k, not past `limit`; empty unless two or more.
std::vector<Member> named_list(const LexedText& t, std::size_t k, std::size_t limit) {
  std::vector<Member> out;
  while (k < limit) {
    if (t.is(k, "the")) ++k;
    std::size_t b = k;
    while (k < limit && t.lex[k].kind == LexKind::Word && t.capitalized(k)) {
      ++k;
      if (apostrophe(t, k) && t.is(k + 1, "s")) k += 2;
    }
    if (k == b) break;
    out.push_back({b, k});
    if (t.is(k, ",")) ++k;
    if (t.is(k, "and"))
      ++k;
    else if (k > 0 && !t.is(k - 1, ","))
      break;
  }
  if (out.size() < 2) out.clear();
  return out;
}

bool plural_agreement(const Deal& d) {
  for (std::string_view w : {"agreements", "deals", "contracts", "accords", "pacts"})
    if (d.item.find(w) != std::string::npos) return true;
  return false;
}

NameSet member_countries(const FillContext& f, Member m) {
  return countries_in(f, {m.b, m.e});
}

bool all_firms(const FillContext& f, const std::vector<Member>& list) {
  for (Member m : list) {
    bool firm = false;
    for (auto [e, end] = spans_in(f.m.entities, m.b, m.e); e != end; ++e) firm |= e->kind == EntityKind::Org;
    if (!firm) return false;
  }
  return true;
}

// The list after "with", or the subject list before a deal verb ("A and B have also signed").
std::vector<Member> party_list(const FillContext& f, LexRange sentence, bool* subject) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = sentence.b; k < sentence.e; ++k) {
    if (!t.is(k, "with")) continue;
    std::vector<Member> m = named_list(t, k + 1, sentence.e);
    if (!m.empty()) return *subject = false, m;
  }
  for (std::size_t k = sentence.b; k < sentence.e && k < sentence.b + 6; ++k) {
    std::vector<Member> m = named_list(t, k, sentence.e);
    if (m.empty() || !all_firms(f, m)) continue;  // "India and Japan signed agreements": one deal
    for (std::size_t v = m.back().e; v < m.back().e + 4 && v < sentence.e; ++v)
      if (f.lex.in(f.lex.deal_verbs, t, v)) return *subject = true, m;
  }
  return {};
}

}  // namespace

void split_party_lists(const FillContext& f, LexRange sentence, std::size_t first, std::vector<Deal>* deals) {
  for (std::size_t k = first; k < deals->size(); ++k) {
    const Deal& d = (*deals)[k];  // a reference: only the rare deal that splits is copied (below)
    // A counted or priced umbrella ("21 agreements worth $40 billion") stays one row beside its parts.
    if ((d.aggregate && (d.value || d.quantity)) || d.kind != "agreement"sv || !plural_agreement(d)) continue;
    bool subject = false;
    std::vector<Member> list = party_list(f, sentence, &subject);
    if (list.empty()) continue;
    NameSet listed;
    for (Member m : list)
      for (std::string_view c : member_countries(f, m)) listed.insert(c);
    std::string other;
    for (const std::string& c : f.main_pair)
      if (!listed.count(c) && other.empty()) other = c;
    std::vector<Deal> parts;
    for (Member m : list) {
      Deal p = d;
      p.aggregate = false;
      // "renewed its compacts with Palau, Micronesia and the Marshall Islands, pledging about $7.1 billion":
      // one amount for agreements with several partners is their total, no partner's own.
      if (list.size() > 1)
        p.value.reset(), p.value_usd.reset(), p.currency.reset(), p.value_text.reset(),
            p.value_qualifier.reset();
      std::string name = lexeme_text(f.m.lexed, m.b, m.e);
      std::string base = d.item.substr(0, d.item.find(" with "));
      p.item = subject ? name + " " + base : base + " with " + name;
      NameSet parties = member_countries(f, m);
      if (!parties.empty()) {
        if (!other.empty()) parties.insert(other);
        p.parties.assign(parties.begin(), parties.end());
      }
      parts.push_back(std::move(p));
    }
    (*deals)[k] = std::move(parts[0]);  // replaces d, which is not read again
    deals->insert(deals->begin() + static_cast<std::ptrdiff_t>(k) + 1,
                  std::make_move_iterator(parts.begin() + 1), std::make_move_iterator(parts.end()));
    k += parts.size() - 1;
  }
}

void drop_bystanders(const FillContext& f, const DealDraft& d, NameSet* p) {
  const LexedText& t = f.m.lexed;
  const auto& names = f.tables.gazetteer.entities;
  std::size_t w = d.trigger_end;
  if (p->size() <= 2 || !t.is(w, "with")) return;
  w += t.is(w + 1, "the") ? 2 : 1;
  auto [e, end] = spans_in(f.m.entities, d.sentence.b, d.sentence.e);
  if (e == end || e->first != d.sentence.b || e->kind != EntityKind::Country || e->entity < 0) return;
  if (t.is(e->end, "and") || t.is(e->end, ",")) return;  // "Niger and Algeria signed a memorandum with ..."
  std::string_view subject = names[e->entity].name, partner;
  NameSet between, elsewhere;
  for (auto h = e; h != end; ++h) {
    if (h->kind != EntityKind::Country || h->entity < 0) continue;
    std::string_view c = names[h->entity].name;
    if (h->first == w) partner = c;
    (h->first > e->first && h->end <= d.trigger ? between : elsewhere).insert(c);
  }
  if (partner.empty() || partner == subject) return;
  for (std::string_view c : between)
    if (p->size() > 2 && c != subject && c != partner && !elsewhere.count(c) && p->count(c))
      p->v.erase(std::find(p->v.begin(), p->v.end(), c));
}

}  // namespace entente
