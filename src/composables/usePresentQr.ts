/**
 * A QR code of some text (a link), encoded in the browser whenever the text changes. The encoder is
 * loaded on first use; until it is ready, `matrix` is null.
 */
import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter, type ShallowRef } from 'vue'
import { encodeQr, type QrMatrix } from '../present/qr'

/** What the composable returns. */
export interface PresentQr {
  /** The code, or null while it is being made (or when there is no text). */
  matrix: ShallowRef<QrMatrix | null>
  /** True when the text could not be encoded (too long for a QR code). */
  failed: ShallowRef<boolean>
  /** Resolves once the code for the current text is ready (or has failed). */
  ready: () => Promise<void>
}

/** Encode `text` as a QR code, again each time it changes. */
export function usePresentQr(text: MaybeRefOrGetter<string | null>): PresentQr {
  const matrix = shallowRef<QrMatrix | null>(null)
  const failed = shallowRef(false)
  let pending: Promise<void> = Promise.resolve()
  let disposed = false
  let generation = 0

  watch(
    () => toValue(text),
    (value) => {
      const mine = ++generation
      matrix.value = null
      failed.value = false
      if (!value) {
        pending = Promise.resolve()
        return
      }
      pending = encodeQr(value).then(
        (m) => {
          if (!disposed && mine === generation) matrix.value = m
        },
        () => {
          if (!disposed && mine === generation) failed.value = true
        },
      )
    },
    { immediate: true },
  )
  onScopeDispose(() => {
    disposed = true
  })

  return { matrix, failed, ready: () => pending }
}
