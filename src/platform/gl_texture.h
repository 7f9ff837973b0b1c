// The WebGL2 side of src/app/texture.h: one GL texture per Texture.
#pragma once

#include <cstdint>
#include <memory>

#include "texture.h"

namespace entente {

// A new GL texture (needs the current GL context, as ImGui's OpenGL3 backend does); each upload adds one to
// `*uploads` (the renderer redraws the whole canvas after one).
std::unique_ptr<Texture> make_gl_texture(std::uint64_t* uploads);

}  // namespace entente
