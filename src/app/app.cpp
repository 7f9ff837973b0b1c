// App: follows the loads the backend runs (sections and progress as they come), publishes results to the
// views and tiles their windows.
#include "app.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "corpus_view.h"
#include "deals_view.h"
#include "discovered_view.h"
#include "heatmap_view.h"
#include "imgui.h"
#include "side_by_side_view.h"
#include "topics_view.h"
#include "widgets.h"

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

std::string describe_progress(const LoadState& load) {
  std::string out = load.stage;
  if (load.total > 0) {
    out += ": " + format_count(load.done) + " / " + format_count(load.total) + " " + load.unit;
  }
  char tail[64];
  std::snprintf(tail, sizeof tail, ", %d%%", static_cast<int>(load.progress * 100.0 + 0.5));
  out += tail;
  if (load.eta_s >= 0) {
    std::snprintf(tail, sizeof tail, ", about %.0f s left", std::ceil(load.eta_s));
    out += tail;
  }
  return load.files > 0 ? out + " (" + format_count(load.files) + " files)" : out;
}

void App::clear_result() {
  model_.result = AnalysisResult{};
  model_.doc_counts.clear();
  actions_.selection = Selection{};
}

std::uint64_t App::begin_load(std::size_t files, LoadMode mode, CorpusOrigin origin,
                              std::vector<std::string> urls, bool* append) {
  *append = mode == LoadMode::Add && model_.origin == origin && origin == CorpusOrigin::UserFiles;
  if (!*append) {
    corpus_files_ = 0;
    model_.source_urls.clear();
  }
  corpus_files_ += files;
  for (std::string& u : urls) model_.source_urls.push_back(std::move(u));
  model_.origin = origin;
  model_.load_id = ++next_load_id_;
  model_.load = LoadState{};
  model_.load.busy = true;
  model_.load.progress = 0;
  model_.load.stage = "Reading files";
  model_.load.files = corpus_files_;
  clear_result();
  publish_result(kPartAll, false);
  return model_.load_id;
}

bool App::apply_section(std::uint64_t load_id, std::string_view bytes, bool notify) {
  if (load_id != model_.load_id) return false;
  bool more = false;
  const WireSection section = decode_section(bytes, model_.result, model_.doc_counts, &more);
  if (more) return true;  // published with its last part
  switch (section) {
    case WireSection::Documents:
      publish_result(kPartDocuments, notify);
      break;
    case WireSection::Topics:
      publish_result(kPartTopics | kPartDiscovered, notify);
      break;
    case WireSection::Discovered:
      ++model_.generation;
      model_.changed = kPartDiscovered;
      for (auto& view : views_) {
        if (view->open) view->on_discovered_changed(model_);
        view->stale |= !view->open;
      }
      break;
    case WireSection::Deals:
      publish_result(kPartDeals, notify);
      break;
    case WireSection::Overlap:
      publish_result(kPartOverlap, notify);
      break;
  }
  return true;
}

void App::apply_progress(std::uint64_t load_id, const LoadState& state) {
  if (load_id != model_.load_id || !model_.load.busy) return;
  model_.load = state;
  model_.load.busy = true;
}

void App::finish_load(std::uint64_t load_id, const std::string& failure) {
  if (load_id != model_.load_id || !model_.load.busy) return;
  model_.load = LoadState{};
  if (!failure.empty()) {
    clear_result();
    model_.origin = CorpusOrigin::None;
    corpus_files_ = 0;
    model_.load.note = failure;
  }
  publish_result(failure.empty() ? 0u : kPartAll, true);
}

bool App::update() {
  if (actions_.stop_sampling && model_.load.busy && backend_.stop_sampling) backend_.stop_sampling();
  actions_.stop_sampling = false;
  if (actions_.cancel_load && model_.load.busy && backend_.cancel) backend_.cancel();
  actions_.cancel_load = false;
  act_on_corpus_requests();
  return model_.load.busy;
}

// model_.result changed (`changed` parts): tells the views and, with `notify`, the listener.
void App::publish_result(unsigned changed, bool notify) {
  ++model_.generation;
  model_.changed = changed;
  for (auto& view : views_) {
    if (!(view->result_parts() & changed)) continue;
    if (view->open) view->on_result_changed(model_);
    view->stale |= !view->open;  // closed views catch up when they open (a closed panel costs nothing)
  }
  if (notify && listener_) listener_(model_);
}

void App::set_lexicon(Lexicon lexicon) {
  model_.lexicon = std::move(lexicon);
  actions_.selection.topic.clear();
  publish_result(kPartTopics, false);  // the lexicon editor shows it now; the recount follows
  if (backend_.set_lexicon) backend_.set_lexicon(lexicon_to_json(model_.lexicon));
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

void App::draw() {
  actions_.probe = UiProbe{};
  for (auto& view : views_) {
    view->shown = view->open && (!model_.narrow || active_ == view->id());
    if (!view->shown) continue;
    if (view->stale) {
      const unsigned changed = model_.changed;
      model_.changed = kPartAll;  // everything may have changed since it last looked
      view->on_result_changed(model_);
      model_.changed = changed;
      view->stale = false;
    }
    view->draw(model_, actions_);
    if (!view->open) remember_close(view->id());  // its close box
    mark_close_box(*view);
  }
  // After the panels, so that a keyboard focus request (the canvas tabbed to) lands on the first panel.
  if (!model_.compact) draw_panel_bar();
  if (!actions_.open_view.empty()) {
    for (auto& view : views_)
      if (actions_.open_view == view->id() && !view->open) set_view_open(actions_.open_view, true);
    actions_.open_view.clear();
  }
  apply_lexicon_request();
  draw_undo_bar();
  handle_undo_keys();
  actions_.probe.popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  actions_.probe.doc = actions_.selection.doc;
  probe_ = actions_.probe;
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
    if (open) active_ = id;  // on a phone, the panel just opened is the one shown
    layout();
    return true;
  }
  return false;
}

bool View::begin_window(const AppModel& model) {
  ImGuiWindowFlags flags = 0;
  if (model.compact || model.narrow) {
    flags |= ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  }
  if (relayout || model.compact || model.narrow) {
    ImGui::SetNextWindowCollapsed(false, ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(slot.x, slot.y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(slot.w, slot.h), ImGuiCond_Always);
    relayout = false;
  }
  // Square corners: the panels tile the page, and their backgrounds are then rectangles that the renderer
  // fills with clears (gl_renderer.h), several times cheaper than shading them under software GL.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  const bool visible = ImGui::Begin(title(), model.compact ? nullptr : &open, flags);
  ImGui::PopStyleVar();
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  drawn = Rect{pos.x, pos.y, size.x, size.y};
  return visible;
}

}  // namespace entente
