// Status of a deal draft: the status its clause's cue words say (deal_status_cue.cpp), then what the sentence
// tells beyond them: a deal made possible only, done before or declined, under way, held, delivered or
// shelved.
#include "deal_status.h"

#include <string_view>

#include "deal_award_received.h"
#include "deal_delivered_all.h"
#include "deal_feasibility.h"
#include "deal_in_service.h"
#include "deal_invited_to.h"
#include "deal_later_batch.h"
#include "deal_later_state.h"
#include "deal_ordinal_part_status.h"
#include "deal_perfect_progressive.h"
#include "deal_progressive.h"
#include "deal_replaced_plan.h"
#include "deal_signed_later.h"
#include "deal_since_ongoing.h"
#include "deal_stage.h"
#include "deal_status_cue.h"
#include "deal_works_progress.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "loosened export controls to enable it to sell Patriot missiles", "will enable Nepal to start the import
// of power": a deal made possible, not made, is proposed. Not when an agreement is what enables it ("the
// agreement allows Russia to guard the borders").
bool enabled_only(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  std::size_t to = d.trigger;
  for (std::size_t k = d.trigger; k > d.sentence.b && k + 4 > d.trigger && to == d.trigger; --k)
    if (t.is(k - 1, "to")) to = k - 1;
  if (to == d.trigger) return false;
  for (std::size_t k = to; k > d.sentence.b && k + 5 > to; --k) {
    std::string_view w = t.low(k - 1);
    if (w.substr(0, 6) != "enable" && w.substr(0, 5) != "allow" && w.substr(0, 6) != "permit") continue;
    for (std::size_t j = d.sentence.b; j + 1 < k; ++j)
      if (agreement_noun(f, j)) return false;
    return true;
  }
  return false;
}

// "the potential deal", "a proposed contract": a modal adjective just before the trigger.
bool tentative(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.trigger; k > d.sentence.b && k + 3 > d.trigger; --k) {
    std::string_view w = t.low(k - 1);
    if (w == "potential" || w == "possible" || w == "proposed" || w == "prospective" || w == "planned")
      return true;
  }
  return false;
}

bool under_way(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.sentence.b; k < d.tail.e; ++k) {  // "It is still being built, paid for with a loan"
    bool built = t.is(k, "being") && (t.is(k + 1, "built") || t.is(k + 1, "constructed"));
    if (built ||
        (k >= d.own.b &&
         (t.is(k, "underway") || (t.is(k, "under") && (t.is(k + 1, "way") || t.is(k + 1, "construction"))))))
      return true;
  }
  return false;
}

}  // namespace

// "the West Bank", "on the bank of the Sava": a place, not a cue (a country's name, or a bank of a river).
bool place_word(const FillContext& f, std::size_t k) {
  const LexedText& t = f.m.lexed;
  bool river_bank = (t.is(k, "bank") || t.is(k, "banks")) && !t.capitalized(k) && t.is(k + 1, "of") &&
                    t.is(k + 2, "the") && (t.capitalized(k + 3) || t.is(k + 3, "river"));
  return f.items.country[k] != 0 || river_bank;
}

int best_cue(const FillContext& f, const PhraseTable& table, LexRange r) {
  int best = -1;
  for (std::size_t k = r.b; k < r.e; ++k) {
    if (place_word(f, k)) continue;
    PhraseMatch m = table.match(f.m.lexed, k);
    if (m.id >= 0 && m.end <= r.e && (best < 0 || m.id < best)) best = m.id;
  }
  return best;
}

namespace {

// "after sending the weapon systems to Ukraine": an -ing verb after "after" tells of a deal done; "forced on
// it after the purchase of Russian S-400s": so does a deal noun after "after the". "never bought the jets":
// a purchase declined. Empty when neither.
std::string done_before(const FillContext& f, const DealDraft& d, const std::string& kind) {
  std::string_view w = f.m.lexed.low(d.trigger);
  std::size_t a =
      d.trigger > d.sentence.b + 1 && f.m.lexed.is(d.trigger - 1, "the") ? d.trigger - 1 : d.trigger;
  bool after = a > d.sentence.b && (f.m.lexed.is(a - 1, "after") || f.m.lexed.is(a - 1, "following"));
  bool ing = f.lex.rules[d.rule].verb && w.size() > 4 && w.substr(w.size() - 3) == "ing";
  if (after && (a < d.trigger ? !f.lex.rules[d.rule].verb : ing))
    return kind == "supply"sv || kind == "project"sv || kind == "exercise"sv ? "completed" : "signed";
  if (f.lex.rules[d.rule].verb && declined(f.m.lexed, d)) return "cancelled";
  return {};
}

// A project or loan told as under way or opened, an exercise held or still to be held: the stage the
// sentence tells beyond cue status s. Empty when none.
std::string built_or_held(const FillContext& f, const DealDraft& d, const std::string& kind,
                          const std::string& s) {
  // "construction of the plant, financed by a loan agreed in 2014, is under way": a project told as under
  // way is in progress, whenever its financing was agreed.
  bool builds = kind == "project"sv || kind == "loan"sv;  // a loan for a plant "under construction" too
  if (builds && (s == "signed" || s == "announced") && under_way(f.m.lexed, d)) return "in_progress";
  if ((s == "signed" || s == "announced") && works_in_progress(f.m.lexed, d)) return "in_progress";
  if ((s == "completed" || s == "signed") && later_batch_received(f.m.lexed, d)) return "in_progress";
  if ((builds || kind == "purchase"sv) && s == "signed" && opened_after(f.m.lexed, d))
    return "completed";  // "..., which opened in 2017"
  // An exercise is held, not signed; one still to be held ("will hold their joint exercise") is planned.
  if (kind == "exercise"sv && s == "signed" && exercise_ended(f.m.lexed, d)) return "completed";
  if (kind == "exercise"sv && s != "completed" && held_after(f.m.lexed, d)) return "completed";
  if (kind == "exercise"sv && (s == "announced" || (s == "signed" && to_hold(f.m.lexed, d))))
    return "proposed";
  return {};
}

// Deliveries and the fate of an order or supply told beside it (units delivered, all or the first of
// them, shelved or repaid since): the stage they tell beyond cue status s. Empty when none.
std::string order_stage(const FillContext& f, const DealDraft& d, const std::string& kind,
                        const std::string& s) {
  bool order = kind == "purchase"sv || kind == "agreement"sv;
  int units = s == "signed" && order ? units_delivered(f.m.lexed, d) : 0;
  if (units == 1 && !f.lex.rules[d.rule].verb) return "in_progress";
  if (units == 2) return "completed";
  if (units == 0 && (order || kind == "supply"sv) && s == "signed" && delivered_whole(f.m.lexed, d))
    return "completed";  // "took delivery of all four radars it ordered"
  if (s == "completed" && (order || kind == "supply"sv) && delivered_part(f.m.lexed, d))
    return "in_progress";  // "took delivery of the first two of the six ships it ordered"
  if (int fate = s == "signed" && kind != "exercise"sv ? fate_after(f.m.lexed, d) : 0)
    return fate == 1 ? "in_progress" : fate == 2 ? "completed" : "cancelled";
  // "The first batch of the howitzers has arrived under a contract signed last year", "after the first of
  // the two it ordered was delivered": the first units told as arrived outrank the order's own verb.
  bool begun =
      (s == "completed" || (s == "signed" && first_arrived(f.m.lexed, d))) && first_under(f.m.lexed, d);
  begun |= (s == "completed" || s == "signed") && first_handed_after(f.m.lexed, d);
  begun |= s == "signed" && entering_service(f.m.lexed, d);  // "the first of them entered service"
  if ((order || kind == "supply"sv) && begun) return "in_progress";
  return {};
}

}  // namespace

std::string status_of(const FillContext& f, const DealDraft& d, const std::string& kind) {
  if (enabled_only(f, d) || feasibility_only(f.m.lexed, d)) return "proposed";
  if (invited_to(f.m.lexed, d)) return "proposed";  // "invited Hungarian companies to take part in"
  if (std::string done = done_before(f, d, kind); !done.empty()) return done;
  std::string s = cue_status(f, d, kind);
  if (s == "proposed" && replaced_plan(f.m.lexed, d)) return "cancelled";  // "replaces a planned order"
  if (s == "completed" && award_received(f.m.lexed, d.sentence)) s = "signed";
  if (s == "announced" && (signed_after(f.m.lexed, d) || signed_then_approved(f.m.lexed, d))) s = "signed";
  if (s == "announced" && signed_later(f.m.lexed, d)) s = "signed";
  if (s == "announced" && ordinal_part_of_signed(f.m.lexed, d.sentence)) s = "signed";
  if (kind != "exercise"sv && under_way_since(f, d, s)) return "in_progress";  // "has supplied since 2019"
  if (perfect_progressive(f.m.lexed, d, kind)) return "in_progress";  // "has been receiving ammunition"
  if (std::string told = built_or_held(f, d, kind, s); !told.empty()) return told;
  if (std::string told = order_stage(f, d, kind, s); !told.empty()) return told;
  if (int st = s == "signed" && kind != "exercise"sv ? later_state(f.m.lexed, d) : 0)
    return st == 2 ? "completed" : "in_progress";
  if (s == "signed" && kind != "exercise"sv && told_in_progress(f.m.lexed, d)) return "in_progress";
  // "both countries agreed to the potential deal": agreeing to a deal still called potential is an
  // agreement in principle.
  return s == "signed" && tentative(f.m.lexed, d) ? "announced" : s;
}

}  // namespace entente
