// Phrase overlap: both phases of overlap_plan.h in one call.
#include "overlap.h"

#include "overlap_plan.h"

namespace entente {

OverlapResult find_overlap(const Corpus& corpus, const OverlapParams& params) {
  OverlapResult result;
  result.params = params;
  const OverlapPlan plan = plan_overlap(corpus, params);
  score_candidates(plan, 0, plan.candidates.size(), result.pairs);
  return result;
}

}  // namespace entente
