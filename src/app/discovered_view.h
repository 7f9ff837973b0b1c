// The Discovered Topics window: LDA top terms per topic, a document x topic heat strip with tooltips,
// sampling progress with a Stop button, and CSV export.
#pragma once

#include <string>
#include <vector>

#include "app.h"

namespace entente {

struct DiscoveredView : View {
  const char* id() const override { return "discovered"; }
  const char* title() const override { return "Discovered Topics###discovered"; }
  void on_result_changed(const AppModel& model) override;
  unsigned result_parts() const override { return kPartDocuments | kPartTopics; }
  void on_discovered_changed(const AppModel& model) override { on_result_changed(model); }
  void draw(const AppModel& model, AppActions& actions) override;
  float preferred_height() const override { return 420.0f; }
  std::string state_json() const override;  // {"numbers": the topic numbers shown in the last frame}

 private:
  void draw_progress(const AppModel& model, AppActions& actions);
  void draw_topics(const AppModel& model);
  void draw_heat_strip(const AppModel& model, AppActions& actions);

  std::vector<std::string> terms_;  // per topic: top terms joined by spaces
  std::vector<int> dominant_;       // per document: the topic with the largest share, -1 for none
  std::vector<int> shown_numbers_;  // topic numbers drawn in the last frame (for state_json)
  std::string status_;
};

}  // namespace entente
