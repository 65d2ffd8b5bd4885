/* A stand-in for Windows' own icuuc.dll, for running the desk under Wine only (Wine has no ICU).
 * Never shipped: Windows 10 (1903 and later) and 11 carry icuuc.dll in System32.
 *
 * Qt6Core imports these converter functions to decode legacy code pages. Opening a converter
 * always fails here, so Qt falls back to its own UTF-8/UTF-16/Latin-1 codecs, which are all the
 * desk uses; the other functions are never reached with a converter and only answer "nothing". */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
typedef uint16_t UChar;
typedef int8_t UBool;
typedef void UConverter;
typedef void (*UConverterCallback)(void);

#define U_FILE_ACCESS_ERROR 4
#define U_UNSUPPORTED_ERROR 16
#define EXPORT __declspec(dllexport)

static void fail(UErrorCode *err) { if (err && *err <= 0) *err = U_UNSUPPORTED_ERROR; }

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *err) {
    (void)name;
    if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
EXPORT void ucnv_close(UConverter *c) { (void)c; }
EXPORT void ucnv_reset(UConverter *c) { (void)c; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *c) { (void)c; return 1; }
EXPORT const char *ucnv_getName(const UConverter *c, UErrorCode *err) { (void)c; fail(err); return ""; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard; fail(err); return NULL;
}
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_toUCountPending(const UConverter *c, UErrorCode *err) { (void)c; fail(err); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const UConverter *c, UErrorCode *err) { (void)c; fail(err); return 0; }

EXPORT void ucnv_getToUCallBack(const UConverter *c, UConverterCallback *action, const void **context) {
    (void)c;
    if (action) *action = NULL;
    if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const UConverter *c, UConverterCallback *action, const void **context) {
    (void)c;
    if (action) *action = NULL;
    if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(UConverter *c, UConverterCallback action, const void *context,
                                UConverterCallback *old_action, const void **old_context, UErrorCode *err) {
    (void)c; (void)action; (void)context;
    if (old_action) *old_action = NULL;
    if (old_context) *old_context = NULL;
    fail(err);
}
EXPORT void ucnv_setFromUCallBack(UConverter *c, UConverterCallback action, const void *context,
                                  UConverterCallback *old_action, const void **old_context, UErrorCode *err) {
    (void)c; (void)action; (void)context;
    if (old_action) *old_action = NULL;
    if (old_context) *old_context = NULL;
    fail(err);
}

EXPORT void ucnv_toUnicode(UConverter *c, UChar **target, const UChar *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, UBool flush, UErrorCode *err) {
    (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(err);
}
EXPORT void ucnv_fromUnicode(UConverter *c, char **target, const char *target_limit, const UChar **source,
                             const UChar *source_limit, int32_t *offsets, UBool flush, UErrorCode *err) {
    (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(err);
}
EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset, UErrorCode *err) {
    (void)args; (void)source; (void)length; (void)offset; fail(err);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit, int32_t offset,
                                    UErrorCode *err) {
    (void)args; (void)source; (void)source_limit; (void)offset; fail(err);
}
/* The two standard callbacks: Qt only takes their addresses. */
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
