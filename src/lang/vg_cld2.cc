/*
 * vg_cld2.cc - the C++ shim over CLD2 (see vg_cld2.h).
 *
 * The only C++ in vigie.  It calls the full ExtDetectLanguageSummary
 * CheckUTF8 flavour with is_plain_text = true (vigie hands over cleaned
 * text, not HTML, so CLD2's tag skipping and entity expansion would only
 * cost time), no hints, and no result-chunk vector (none is needed, and
 * building one allocates).  Nothing here throws: CLD2 does not use C++
 * exceptions and the shim allocates nothing.
 */
#include <cstdio> /* compact_lang_det.h uses FILE without including it */
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "vg_cld2.h"

extern "C" void vg_cld2_detect(const char *s, int n, int flags, vg_cld2_guess *g)
{
    CLD2::CLDHints hints = {NULL, NULL, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language lang3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE,
                               CLD2::UNKNOWN_LANGUAGE};
    int percent3[3] = {0, 0, 0};
    double score3[3] = {0, 0, 0};
    int text_bytes = 0;
    bool reliable = false;
    int valid_prefix = 0;
    int cld_flags = (flags & VG_CLD2_BEST_EFFORT) ? CLD2::kCLDFlagBestEffort : 0;

    CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        s, n, true, &hints, cld_flags, lang3, percent3, score3, NULL,
        &text_bytes, &reliable, &valid_prefix);

    g->code = CLD2::LanguageCode(lang);
    g->percent = lang3[0] == lang ? percent3[0] : 0;
    g->text_bytes = text_bytes;
    g->reliable = reliable ? 1 : 0;
    g->valid_prefix = valid_prefix;
}

extern "C" const char *vg_cld2_version(void)
{
    return CLD2::DetectLanguageVersion();
}
