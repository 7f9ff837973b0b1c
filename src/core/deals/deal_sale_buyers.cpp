// One deal per buyer when a sale names several ("sold Dornier aircraft to Seychelles and Mauritius").
#include "deal_sale_buyers.h"

#include <iterator>
#include <string>
#include <string_view>

#include "deal_country_list.h"

namespace entente {

namespace {

bool sale_verb(const LexedText& t, std::size_t k) {
  for (std::string_view w : {"sold", "supplied", "exported", "sells", "supplies", "exports"})
    if (t.is(k, w)) return true;
  return false;
}

std::vector<std::string_view> sale_buyers(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  if (!sale_verb(t, d.trigger)) return {};
  for (std::size_t k = d.trigger_end; k < d.own.e && k < d.trigger_end + 12; ++k)
    if (t.is(k, "to")) return country_list(f, k + 1, d.own.e);
  return {};
}

// The deal's one party outside the buyers, else the one country of the sentence before ("Seoul also has
// choices. It has sold ..."), else a main country named nowhere else in the sentence; empty when unclear.
std::string seller_of(const FillContext& f, const Deal& d, const DealDraft& draft, LexRange before,
                      const std::vector<std::string_view>& buyers) {
  std::string seller;
  int outside = 0;
  for (const std::string& p : d.parties)
    if (!listed(buyers, p)) ++outside, seller = p;
  if (outside == 1) return seller;
  if (outside > 1) return {};
  if (before.b < before.e) {
    std::string prior = lone_other(f, before, buyers);
    if (!prior.empty()) return prior;
  }
  NameSet here = countries_in(f, draft.sentence);
  for (const std::string& c : f.main_pair)
    if (!listed(buyers, c) && !here.count(c)) return c;
  return {};
}

}  // namespace

void split_sale_buyers(const FillContext& f, const DealDraft& d, LexRange before, std::size_t first,
                       std::vector<Deal>* deals) {
  std::vector<std::string_view> buyers = sale_buyers(f, d);
  if (buyers.empty()) return;
  for (std::size_t k = first; k < deals->size(); ++k) {
    std::string seller = seller_of(f, (*deals)[k], d, before, buyers);
    if (seller.empty()) continue;
    std::vector<Deal> parts;
    for (std::string_view b : buyers) {
      Deal p = (*deals)[k];
      NameSet two;
      two.insert(seller);
      two.insert(b);
      p.parties.assign(two.begin(), two.end());
      parts.push_back(std::move(p));
    }
    (*deals)[k] = std::move(parts[0]);
    deals->insert(deals->begin() + static_cast<std::ptrdiff_t>(k) + 1,
                  std::make_move_iterator(parts.begin() + 1), std::make_move_iterator(parts.end()));
    k += parts.size() - 1;
  }
}

}  // namespace entente
