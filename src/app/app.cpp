// App: loads corpora into an AnalysisJob, steps it in time slices, publishes results to the views and
// tiles their windows.
#include "app.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "corpus_view.h"
#include "deals_view.h"
#include "discovered_view.h"
#include "heatmap_view.h"
#include "imgui.h"
#include "result_json.h"
#include "side_by_side_view.h"
#include "topics_view.h"

namespace entente {

App::App() {
  try {
    model_.lexicon = default_lexicon();
  } catch (const LexiconError&) {
    model_.lexicon = {};  // a broken build asset: the analysis reports it in result.error
  }
  // One line per view, in the order of the default layout (left to right, top to bottom).
  add_view(std::make_unique<CorpusView>());
  add_view(std::make_unique<TopicsView>());
  add_view(std::make_unique<DiscoveredView>());
  add_view(std::make_unique<DealsView>());
  add_view(std::make_unique<HeatmapView>());
  add_view(std::make_unique<SideBySideView>());
}

App::~App() = default;

void App::add_view(std::unique_ptr<View> view) {
  view->on_result_changed(model_);
  views_.push_back(std::move(view));
  layout();
}

std::uint64_t App::load(std::vector<InputFile> files, LoadMode mode, CorpusOrigin origin,
                        std::vector<std::string> urls) {
  const bool append = mode == LoadMode::Add && model_.origin == origin && origin == CorpusOrigin::UserFiles;
  if (!append) {
    inputs_.clear();
    model_.source_urls.clear();
  }
  for (InputFile& f : files) inputs_.push_back(std::move(f));
  for (std::string& u : urls) model_.source_urls.push_back(std::move(u));
  model_.origin = origin;

  job_ = std::make_unique<AnalysisJob>(inputs_, options_);
  ++job_id_;
  job_lexicon_version_ = lexicon_version_;
  model_.load = LoadState{true, 0.0, job_->stage(), inputs_.size()};
  return job_id_;
}

bool App::update(double budget_ms) {
  if (!job_) return false;
  if (actions_.stop_sampling) job_->stop_sampling();
  actions_.stop_sampling = false;
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  const auto budget = std::chrono::duration<double, std::milli>(budget_ms);
  bool more = true;
  while (more && Clock::now() - start < budget) more = job_->step();
  if (!more) {
    finish_job();
    return false;
  }
  model_.load.progress = job_->progress();
  model_.load.stage = job_->stage();
  return true;
}

// Publishes the finished job's result, recounted when the lexicon changed while it ran.
void App::finish_job() {
  model_.result = job_->take_result();
  if (job_lexicon_version_ != lexicon_version_ && model_.result.error.empty())
    count_lexicon_topics(model_.result.corpus, model_.lexicon, model_.result.topics);
  model_.load_id = job_id_;
  model_.load = LoadState{};
  job_.reset();
  actions_.selection = Selection{};
  publish_result();
}

// model_.result is new: tells the views, the JSON cache and the listener.
void App::publish_result() {
  ++model_.generation;
  for (auto& view : views_) view->on_result_changed(model_);
  if (listener_) listener_(model_);
}

void App::set_lexicon(Lexicon lexicon) {
  model_.lexicon = std::move(lexicon);
  options_.topics.lexicon_json = lexicon_to_json(model_.lexicon);
  ++lexicon_version_;
  count_lexicon_topics(model_.result.corpus, model_.lexicon, model_.result.topics);
  actions_.selection.topic.clear();
  publish_result();
}

std::string App::set_lexicon_json(const std::string& json) {
  Lexicon lexicon;
  try {
    lexicon = parse_lexicon(json);
  } catch (const LexiconError& e) {
    return e.what();
  }
  set_lexicon(std::move(lexicon));
  return {};
}

const std::string& App::result_json() {
  if (json_generation_ != model_.generation || json_.empty()) {
    json_ = to_json_text(model_.result, -1);
    json_generation_ = model_.generation;
  }
  return json_;
}

void App::draw() {
  for (auto& view : views_) {
    if (view->open) view->draw(model_, actions_);
  }
  if (!actions_.open_view.empty()) {
    for (auto& view : views_)
      if (actions_.open_view == view->id() && !view->open) set_view_open(actions_.open_view, true);
    actions_.open_view.clear();
  }
  if (actions_.set_lexicon) {
    Lexicon lexicon = std::move(*actions_.set_lexicon);
    actions_.set_lexicon.reset();
    set_lexicon(std::move(lexicon));
  }
}

void App::set_display(float width, float height, float ui_scale) {
  if (width == model_.display_w && height == model_.display_h && ui_scale == model_.ui_scale) return;
  model_.display_w = width;
  model_.display_h = height;
  model_.ui_scale = ui_scale;
  layout();
}

void App::set_panels(const std::vector<std::string>& ids, bool compact) {
  for (auto& view : views_) {
    view->open = ids.empty() || std::find(ids.begin(), ids.end(), view->id()) != ids.end();
  }
  model_.compact = compact;
  layout();
}

bool App::set_view_open(const std::string& id, bool open) {
  for (auto& view : views_) {
    if (id != view->id()) continue;
    view->open = open;
    layout();
    return true;
  }
  return false;
}

// Compact: open views stacked at full width, each at its preferred height. Otherwise a grid of up to
// three columns filling the display.
void App::layout() {
  std::vector<View*> shown;
  for (auto& view : views_) {
    if (view->open) shown.push_back(view.get());
  }
  const float s = model_.ui_scale;
  const float w = model_.display_w, h = model_.display_h;
  if (model_.compact) {
    float y = 0;
    for (View* v : shown) {
      v->slot = Rect{0, y, w, std::round(v->preferred_height() * s)};
      v->relayout = true;
      y += v->slot.h;
    }
    content_height_ = y;
    return;
  }
  const int n = static_cast<int>(shown.size());
  const int cols = n <= 1 ? 1 : (n <= 4 ? 2 : 3);
  const int rows = n == 0 ? 1 : (n + cols - 1) / cols;
  const float gap = 6.0f * s;
  const float cw = (w - gap * (cols + 1)) / cols, ch = (h - gap * (rows + 1)) / rows;
  for (int i = 0; i < n; ++i) {
    const int c = i % cols, r = i / cols;
    shown[i]->slot =
        Rect{gap + c * (cw + gap), gap + r * (ch + gap), std::max(cw, 100.0f), std::max(ch, 80.0f)};
    shown[i]->relayout = true;
  }
  content_height_ = h;
}

bool View::begin_window(const AppModel& model) {
  ImGuiWindowFlags flags = 0;
  if (model.compact) {
    flags |= ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  }
  if (relayout || model.compact) {
    ImGui::SetNextWindowPos(ImVec2(slot.x, slot.y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(slot.w, slot.h), ImGuiCond_Always);
    relayout = false;
  }
  const bool visible = ImGui::Begin(title(), model.compact ? nullptr : &open, flags);
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  drawn = Rect{pos.x, pos.y, size.x, size.y};
  return visible;
}

}  // namespace entente
