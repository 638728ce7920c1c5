/**
 * Keys for what the presentation hands down to its slides without threading props through every
 * level: a counter the takeaway watches, bumped when the teacher asks to edit it (button or E key).
 */
import type { InjectionKey, Ref } from 'vue'

/** Bumped each time the teacher asks to edit the current slide's takeaway. */
export const TAKEAWAY_EDIT_REQUESTS: InjectionKey<Readonly<Ref<number>>> = Symbol('takeaway-edit-requests')
