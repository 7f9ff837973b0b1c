// "bought locomotives from China and the United States": one purchase per seller (deal_purchase_sellers.h).
#include "deal_purchase_sellers.h"

#include <iterator>
#include <string>
#include <string_view>

#include "deal_country_list.h"

namespace entente {

namespace {

bool purchase_verb(const LexedText& t, std::size_t k) {
  for (std::string_view w : {"bought", "ordered", "purchased", "acquired", "imported", "procured", "buys",
                             "orders", "purchases", "acquires", "imports"})
    if (t.is(k, w)) return true;
  return false;
}

std::vector<std::string_view> purchase_sellers(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  if (!purchase_verb(t, d.trigger)) return {};
  for (std::size_t k = d.trigger_end; k < d.own.e && k < d.trigger_end + 12; ++k) {
    if (t.lex[k].kind == LexKind::Punct) return {};
    if (t.is(k, "from"))
      return country_list(f, t.is(k + 1, "both") ? k + 2 : k + 1, d.own.e);  // "both A and B"
  }
  return {};
}

// The one main country of the story outside the sellers; empty when none or both.
std::string main_buyer(const FillContext& f, const std::vector<std::string_view>& sellers) {
  std::string main;
  for (const std::string& c : f.main_pair) {
    if (listed(sellers, c)) continue;
    if (!main.empty()) return {};
    main = c;
  }
  return main;
}

// The deal's one party outside the sellers, else the lone other country of the sentence, else the one main
// country of the story outside the list, else the lone other country of the sentence before.
std::string buyer_of(const FillContext& f, const Deal& d, const DealDraft& draft, LexRange before,
                     const std::vector<std::string_view>& sellers) {
  std::string buyer;
  int outside = 0;
  for (const std::string& p : d.parties)
    if (!listed(sellers, p)) ++outside, buyer = p;
  if (outside == 1) return buyer;
  if (outside > 1) return {};
  if (std::string here = lone_other(f, draft.sentence, sellers); !here.empty()) return here;
  if (std::string main = main_buyer(f, sellers); !main.empty()) return main;
  return before.b < before.e ? lone_other(f, before, sellers) : std::string();
}

// "ordered drones from both Turkey and China in 2021, and Turkish drones were delivered in 2021 and 2022":
// the countries named in the sentence after the draft's clause and before a delivery word; empty when the
// sentence tells no delivery after it.
NameSet delivered_sellers(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = d.own.e; k < d.sentence.e; ++k)
    if (in_words(t.low(k), {"delivered", "arrived", "handed", "shipped"}))
      return countries_in(f, {d.own.e, k});
  return {};
}

}  // namespace

void split_purchase_sellers(const FillContext& f, const DealDraft& d, LexRange before, std::size_t first,
                            std::vector<Deal>* deals) {
  std::vector<std::string_view> sellers = purchase_sellers(f, d);
  if (sellers.empty()) return;
  for (std::size_t k = first; k < deals->size(); ++k) {
    std::string buyer = buyer_of(f, (*deals)[k], d, before, sellers);
    if (buyer.empty()) continue;
    std::vector<Deal> parts;
    Deal& whole = (*deals)[k];
    // "passenger coaches from Hungary": the list of sellers leaves each row's item.
    if (std::size_t from = whole.item.find(" from "); from != std::string::npos && from > 0)
      whole.item.resize(from);
    for (std::string_view s : sellers) {
      Deal p = whole;
      NameSet two;
      two.insert(buyer);
      two.insert(s);
      p.parties.assign(two.begin(), two.end());
      parts.push_back(std::move(p));
    }
    // A delivery told of some sellers only leaves the others' orders signed.
    NameSet delivered = delivered_sellers(f, d);
    for (Deal& p : parts) {
      bool done = p.status == "completed" || p.status == "in_progress";
      std::string_view seller = p.parties[0] == buyer ? p.parties[1] : p.parties[0];
      if (done && !delivered.empty() && !delivered.count(seller)) p.status = "signed";
    }
    (*deals)[k] = std::move(parts[0]);
    deals->insert(deals->begin() + static_cast<std::ptrdiff_t>(k) + 1,
                  std::make_move_iterator(parts.begin() + 1), std::make_move_iterator(parts.end()));
    k += parts.size() - 1;
  }
}

}  // namespace entente
