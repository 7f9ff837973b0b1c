// Sectors of deals: keywords in the item, then the clause; lists of fields make a mixed package, a loan
// takes the sector of what it finances, and agreements without keywords take the story's common sector.
#include "deal_sector.h"

#include <cctype>
#include <map>
#include <set>
#include <string_view>

#include "deal_purpose.h"
#include "deal_sector_dam.h"
#include "deal_sector_factory.h"
#include "deal_sector_financed.h"
#include "deal_sector_named_fund.h"
#include "deal_sector_own.h"
#include "deal_sector_pairs.h"
#include "deal_sector_project_loan.h"
#include "deal_status.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "MoUs in the areas of power, health and defence", "a partnership covering areas such as defence": an
// agreement over several fields is a mixed package.
// Not "the gas fields of Western Siberia": the fields word must introduce a list of common nouns.
bool over_fields(const FillContext& f, LexRange r, std::size_t sentence_end) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = r.b; k < r.e; ++k) {
    // "multi-sectoral grant assistance"
    std::string_view w = t.low(k);
    if (w.substr(0, 11) == "multisector") return true;
    if (w == "multi" && k + 2 < r.e && t.low(k + 2).substr(0, 6) == "sector") return true;
  }
  for (std::size_t k = r.b; k + 2 < r.e; ++k) {
    if (!t.is(k, "areas") && !t.is(k, "fields") && !t.is(k, "sectors") && !t.is(k, "spheres") &&
        !t.is(k, "domains"))
      continue;
    std::string_view n = t.low(k + 1);
    if (n == "such" || n == "like" || n == "including" || n == "ranging" || n == ":") return true;
    if (n == "of" && !t.capitalized(k + 2)) return true;
  }
  // "seven memoranda covering railways, maritime cooperation, health and digital payments": a list that
  // names two fields or more.
  for (std::size_t k = r.b; k < r.e; ++k) {
    if (!t.is(k, "covering") && !t.is(k, "spanning")) continue;
    std::set<int> named;
    for (std::size_t j = k + 1; j < sentence_end && j < k + 14; ++j) {
      PhraseMatch m = f.lex.sectors.match(t, j);
      if (m.id >= 0) named.insert(m.id);
    }
    if (named.size() >= 2) return true;
  }
  return false;
}

// The clause's fields when it lists them: one sector named twice or more ("the fields of oil and gas"), else
// other (a mixed package).
std::string fields_sector(const FillContext& f, LexRange r) {
  std::set<int> named;
  int hits = 0;
  for (std::size_t k = r.b; k < r.e; ++k) {
    PhraseMatch m = f.lex.sectors.match(f.m.lexed, k);
    if (m.id >= 0 && m.end <= r.e) named.insert(m.id), ++hits;
  }
  return named.size() == 1 && hits >= 2 ? f.lex.sector_names[*named.begin()] : "other";
}

// "a partnership covering areas such as defence and climate", "the documents cover A, B and C": the
// sentence lists the agreement's fields,
// so it is a mixed package, not the story's sector (but "the gas fields of Western Siberia" lists none).
bool names_fields(const std::string& sentence) {
  std::vector<std::string> w(1);
  for (char c : sentence) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      w.back().push_back(c);
    } else if (!w.back().empty()) {
      w.emplace_back();
    }
  }
  for (std::size_t k = 0; k + 2 < w.size(); ++k) {
    const std::string& a = w[k];
    if (a.rfind("multisector", 0) == 0 || (a == "multi" && w[k + 1].rfind("sector", 0) == 0)) return true;
    // "The documents cover cooperation on hydrogen, a memorandum on ...": what the deals cover.
    if (a == "cover" || a == "covers" || a == "covered" || a == "covering") return true;
    if (a != "areas" && a != "fields" && a != "sectors" && a != "spheres" && a != "domains") continue;
    const std::string& n = w[k + 1];
    if (n == "such" || n == "like" || n == "including" || n == "ranging") return true;
    if (n == "of" && std::islower(static_cast<unsigned char>(w[k + 2][0]))) return true;
  }
  return false;
}

// "the treaty of peace and friendship", "a normalization deal", "the 1972 treaty", "the Land Boundary
// Agreement": a political or territorial agreement, whatever the story's trade.
bool political(const std::string& item) {
  std::string low;
  for (char c : item) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (std::string_view w : {"friendship", "peace", "normaliz", "normalis", "diplomatic relations", "treaty",
                             "treaties", "boundary"})
    if (low.find(w) != std::string::npos) return true;
  return false;
}

// "a memorandum on rare metals", "a lithium joint venture", "a memorandum on fisheries and aquaculture":
// mining and critical minerals, farming, fishing, tourism and education, investment protection, taxation,
// visas and flights are fields of their own (sector other), not the story's common sector.
bool own_field(const std::string& item) {
  std::string low;
  for (char c : item) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (std::string_view w : {"rare earth", "rare metal", "mineral", "mining", "lithium", "copper", "cobalt",
                             "nickel", "fisher", "aquaculture", "agricultur", "tourism", "education",
                             "investment protection", "double taxation", "visa", "direct flights"})
    if (low.find(w) != std::string::npos) return true;
  return false;
}

// "between the two countries' civil defence agencies": emergency management is a field of its own (sector
// other), not the story's defense.
bool civil_protection(const std::string& text) {
  std::string low;
  for (char c : text) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (std::string_view w : {"civil defence", "civil defense", "civil protection"})
    if (low.find(w) != std::string::npos) return true;
  return false;
}

// "Vietnam Airlines signed to buy 50 jets": aircraft bought by an airline are civil airliners (trade), unless
// the clause calls them military ("fighter jets", "for its air force").
bool airline_buys(const LexedText& t, const DealDraft& d) {
  bool airline = false;
  for (std::size_t k = d.sentence.b; k < d.sentence.e && !airline; ++k)
    airline = t.is(k, "airlines") || t.is(k, "airline") || t.is(k, "airways");
  for (std::size_t k = d.own.b; k < d.own.e && airline; ++k) {
    std::string_view w = t.low(k);
    airline = w != "military" && w.substr(0, 7) != "fighter" && w != "combat" && w.substr(0, 6) != "bomber" &&
              w != "force" && w.substr(0, 7) != "missile" && w != "defence" && w != "defense";
  }
  return airline;
}

// "The first two ships of the class were handed over", "took the last of them": goods named by a definite
// reference ("the" up to three words before the item, "of the class") are the goods of a deal told before.
bool refers_back(const Deal& d) {
  std::string low;
  for (char c : d.item) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (low == "them" || low.find("the class") != std::string::npos ||
      low.find("the type") != std::string::npos)
    return true;
  std::size_t at = d.evidence.text.find(d.item);
  if (at == std::string::npos) return false;
  std::size_t words = 0, k = at;
  while (k > 0 && words < 3) {
    while (k > 0 && d.evidence.text[k - 1] == ' ') --k;
    std::size_t e = k;
    while (k > 0 && std::isalnum(static_cast<unsigned char>(d.evidence.text[k - 1]))) --k;
    if (k == e) return false;
    std::string w = d.evidence.text.substr(k, e - k);
    if (w == "the" || w == "The" || w == "these" || w == "These" || w == "those") return true;
    ++words;
  }
  return false;
}

// "gas turbine engines that will power two frigates", "spare parts for its tanks": a component, the item's
// last word, belongs to the sector of what it serves, told in its clause.
bool component(const LexedText& t, LexRange item) {
  if (item.e <= item.b) return false;
  std::string_view w = t.low(item.e - 1);
  return w == "engines" || w == "engine" || w == "turbines" || w == "parts" || w == "components" ||
         w == "spares";
}

// "agreed to sell 120,000 tonnes of copper a year under an offtake contract": a sale of a mine's output
// is trade, though the metal alone names the mining field.
bool offtake(const LexedText& t, LexRange sentence) {
  for (std::size_t k = sentence.b; k < sentence.e; ++k)
    if (t.is(k, "offtake") || (t.is(k, "off") && t.is(k + 1, "-") && t.is(k + 2, "take"))) return true;
  return false;
}

}  // namespace

std::string sector_of(const FillContext& f, const DealDraft& d, LexRange item, const std::string& kind) {
  if (over_fields(f, d.own, d.sentence.e) || paired_fields(f, d.own)) return fields_sector(f, d.own);
  int s = best_cue(f, f.lex.sectors, item);
  if (s >= 0 && f.lex.sector_names[s] == "finance" && financed_sector(f, d) >= 0) s = financed_sector(f, d);
  if (int l = s >= 0 ? listed_sector(f, item, d.sentence.e) : -1; l >= 0)
    s = l;  // "hospitals, roads and ..."
  if (s < 0 || component(f.m.lexed, item)) s = best_cue(f, f.lex.sectors, d.own);
  // "By snapping up the Rafales, ..., Qatar, which has bought 36 of the planes": the clauses around the
  // deal that hold no other deal name what "the planes" are (not for a political agreement).
  bool context = s < 0 && !political(lexeme_text(f.m.lexed, item.b, item.e));
  if (context) s = best_cue(f, f.lex.sectors, d.tail);
  if (context && s < 0) s = best_cue(f, f.lex.sectors, d.head);
  if (s >= 0 && f.lex.sector_names[s] == "defense" && airline_buys(f.m.lexed, d)) return "trade";
  if (s >= 0 && f.lex.sector_names[s] == "other" && offtake(f.m.lexed, d.sentence)) return "trade";
  // "lifted its restriction on Indonesian fresh mangosteen": a ban on goods of no other sector is on trade.
  if (s < 0 && d.rule >= 0 && f.lex.rules[d.rule].requires == Requirement::Lift) return "trade";
  if (s < 0 && kind == "project"sv && factory_item(f.m.lexed, item)) return "other";  // "a battery plant"
  if (s >= 0 && f.lex.sector_names[s] == "finance" && kind != "loan"sv &&
      finance_only_named(f, d.own, d.sentence.b))
    s = -1;
  return s >= 0 ? f.lex.sector_names[s] : f.lex.default_sector(kind);
}

std::string umbrella_sector(const FillContext& f, const DealDraft& d, LexRange item) {
  return over_fields(f, d.own, d.sentence.e) ? fields_sector(f, d.own) : sector_in(f, item, "aggregate");
}

std::string sector_in(const FillContext& f, LexRange r, const std::string& kind) {
  int s = best_cue(f, f.lex.sectors, r);
  return s >= 0 ? f.lex.sector_names[s] : f.lex.default_sector(kind);
}

namespace {

// Goods of no sector named by a definite reference ("the ships of the class were handed over") take the
// sector of the nearest deal told before them in the story (not an agreement, a political or mineral one).
void refer_back_sectors(std::vector<Deal>* deals) {
  for (Deal& d : *deals) {
    if (d.aggregate || d.sector != "other"sv || d.kind == "agreement"sv || political(d.item) ||
        own_field(d.item) || !refers_back(d))
      continue;
    const Deal* before = nullptr;
    for (const Deal& o : *deals)
      if (o.sector != "other"sv && !o.aggregate && o.evidence.start < d.evidence.start &&
          (!before || o.evidence.start > before->evidence.start))
        before = &o;
    if (before) d.sector = before->sector;
  }
}

// "a railway financed by a $780 million loan ... The loan agreement was signed in October": a loan named by a
// definite reference is the loan told before, and pays for what that one paid for.
void refer_back_loans(std::vector<Deal>* deals) {
  for (Deal& d : *deals) {
    if (d.kind != "loan"sv || d.sector != "finance"sv || d.item.rfind("loan", 0) != 0 || !refers_back(d))
      continue;
    const Deal* before = nullptr;
    for (const Deal& o : *deals)
      if (o.kind == "loan"sv && o.evidence.start < d.evidence.start &&
          (!before || o.evidence.start > before->evidence.start))
        before = &o;
    if (before && before->sector != "finance"sv && before->sector != "other"sv) d.sector = before->sector;
  }
}

}  // namespace

// An agreement whose own words name no sector belongs to the sector of the story's other deals when they
// share one ("the memorandum on the project" in a pipeline story).
void settle_sectors(std::vector<Deal>* deals) {
  refer_back_sectors(deals);
  refer_back_loans(deals);
  refer_back_project_loans(deals);
  hydro_dams(deals);  // "building the dam ..., and the first two turbines"
  std::map<std::string, int> count;
  for (const Deal& d : *deals)
    if (!d.aggregate && d.sector != "other"sv) ++count[d.sector];
  std::string common;
  int best = 0, total = 0;
  for (const auto& [sector, n] : count) {
    total += n;
    if (n > best) best = n, common = sector;
  }
  if (best * 2 <= total || best < 2) return;
  for (Deal& d : *deals) {
    if (own_subject_item(d.item)) continue;  // "the Evian accords", "a letter of intent on ocean dialogue"
    // "ordered 20 units from Navantia": a counted order without a sector word is of the story's sector too.
    bool counted_order = d.kind == "purchase"sv && d.quantity;
    if (!d.aggregate && d.sector == "other"sv && (d.kind == "agreement"sv || counted_order) &&
        !names_fields(d.evidence.text) && !paired_fields_text(d.evidence.text) && !political(d.item) &&
        !own_field(d.item) && !own_field(d.evidence.text) && !civil_protection(d.evidence.text))
      d.sector = common;
  }
}

}  // namespace entente
