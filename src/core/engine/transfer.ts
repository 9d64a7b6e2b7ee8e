/**
 * Moving a large value (a report of two 1 MB articles holds some 200,000 objects) from one
 * thread to another without blocking the receiver for long. Posting it whole makes the
 * receiving thread deserialise it in one piece, several hundred milliseconds during which
 * nothing else runs there. Here the sender packs it into a small skeleton plus chunks of
 * bounded weight, which the receiver takes one at a time, one per turn of its event loop,
 * and puts back together.
 *
 * Generic: any tree of plain objects and arrays (plus values structured clone copies as they
 * are), with no knowledge of what a report holds, so new fields travel untouched. An object
 * met twice (a shared record, or a highlight's source pointing into the report) arrives once
 * and is linked into its other places, so identity within the value survives as it would
 * with one structured clone.
 */

/**
 * Where a node is: one code per step from the root, a property name's number in the plan's
 * `keys` (0 and up), or an array index `i` as `-(i + 1)`. Numbers, so that the receiver walks
 * paths without splitting or comparing strings, and links travel in typed arrays.
 */
export type Path = readonly number[];

/** Arrays longer than this are sent apart from the skeleton, in chunks. */
const SLICE_LENGTH = 48;

/**
 * Weight of one chunk, in rough units of one small object to deserialise (measured: about a
 * microsecond each), so that a chunk takes a few milliseconds at most on the receiving side.
 */
const CHUNK_WEIGHT = 1500;

/** How many links one chunk of links carries. */
const LINKS_PER_CHUNK = 2000;

/** An array emptied in the skeleton: where it is and how many chunks of items refill it. */
export interface SliceHole {
  readonly path: Path;
  readonly chunks: number;
}

/** What the receiver gets first: everything small, and what is still to come. */
export interface TransferPlan {
  readonly skeleton: unknown;
  /** The property names paths use, by their codes. */
  readonly keys: readonly string[];
  /** Emptied arrays, parents before children, in the order their chunks come. */
  readonly slices: readonly SliceHole[];
  /** How many chunks of links follow the items (see `TransferChunk`). */
  readonly linkChunks: number;
}

/**
 * One piece after the plan: items to append to the next emptied array, or links, each a place
 * (`at`) and the place of the object that belongs there (`to`), each path as its length then
 * its codes: `[n, …at, m, …to, …]`.
 */
export type TransferChunk = { readonly items: readonly unknown[] } | { readonly links: Int32Array };

export interface Packed {
  readonly plan: TransferPlan;
  readonly chunks: readonly TransferChunk[];
}

/** A place while packing: its parent's place and its key there (made into a path only when needed, once). */
interface Place {
  readonly parent: Place | null;
  readonly key: string | number;
  path?: Path;
}

/** Splits `value` into a plan and chunks (see the module comment). `value` itself is not changed. */
export function pack(value: unknown): Packed {
  /** Where each object was met first (`null`: the root). */
  const firstPlace = new Map<object, Place | null>();
  const slices: { path: Path; chunks: unknown[][] }[] = [];
  /** Links as `pathOf` gives them, `[at, to, at, to, …]`. */
  const links: Path[] = [];
  const keys: string[] = [];
  const keyCodes = new Map<string, number>();
  const codeOf = (key: string | number): number => {
    if (typeof key === 'number') return -(key + 1);
    let code = keyCodes.get(key);
    if (code === undefined) {
      code = keys.length;
      keys.push(key);
      keyCodes.set(key, code);
    }
    return code;
  };
  const pathOf = (at: Place | null): Path => {
    if (!at) return [];
    at.path ??= [...pathOf(at.parent), codeOf(at.key)];
    return at.path;
  };
  /** Where the node being visited is; places are made for objects only, the bulk being numbers and strings. */
  let place: Place | null = null;
  /** The weight of the node `visit` last returned (kept here rather than in a returned pair, for speed). */
  let weight = 0;

  /** Weight of a value that is not an object. */
  const leafWeight = (node: unknown) => (typeof node === 'string' ? 0.5 + node.length / 64 : 0.1);

  /** The value to send in place of the object `node` (a copy when something inside it changed); sets `weight`. */
  const visit = (node: object): unknown => {
    const first = firstPlace.get(node);
    if (first !== undefined) {
      links.push(pathOf(place), pathOf(first));
      weight = 0.1;
      return null;
    }
    firstPlace.set(node, place);
    if (Array.isArray(node)) return visitArray(node);
    if (!isPlainObject(node)) {
      weight = opaqueWeight(node);
      return node;
    }
    let copy: Record<string, unknown> | undefined;
    let total = 1;
    const parent = place;
    for (const key in node) {
      const original = (node as Record<string, unknown>)[key];
      if (typeof original !== 'object' || original === null) {
        total += leafWeight(original);
        continue;
      }
      place = { parent, key };
      const sent = visit(original);
      place = parent;
      total += weight;
      if (sent !== original) {
        copy ??= { ...(node as Record<string, unknown>) };
        copy[key] = sent;
      }
    }
    weight = total;
    return copy ?? node;
  };

  const visitArray = (node: readonly unknown[]): unknown => {
    // Reserved before the items are visited, so a parent's slice comes before its children's.
    const slice = node.length > SLICE_LENGTH ? { path: pathOf(place), chunks: [] as unknown[][] } : undefined;
    if (slice) slices.push(slice);
    let copy: unknown[] | undefined;
    let total = 1;
    let chunk: unknown[] = [];
    let chunkWeight = 0;
    const parent = place;
    for (let i = 0; i < node.length; i++) {
      const original = node[i];
      let sent = original;
      let itemWeight: number;
      if (typeof original !== 'object' || original === null) itemWeight = leafWeight(original);
      else {
        place = { parent, key: i };
        sent = visit(original);
        place = parent;
        itemWeight = weight;
      }
      if (slice) {
        chunk.push(sent);
        chunkWeight += itemWeight;
        if (chunkWeight >= CHUNK_WEIGHT) {
          slice.chunks.push(chunk);
          chunk = [];
          chunkWeight = 0;
        }
        continue;
      }
      total += itemWeight;
      if (sent !== original) {
        copy ??= [...node];
        copy[i] = sent;
      }
    }
    if (!slice) {
      weight = total;
      return copy ?? node;
    }
    if (chunk.length > 0) slice.chunks.push(chunk);
    weight = 1;
    return [];
  };

  const skeleton = typeof value === 'object' && value !== null ? visit(value) : value;
  const chunks: TransferChunk[] = slices.flatMap((s) => s.chunks.map((items) => ({ items })));
  let linkChunks = 0;
  for (let i = 0; i < links.length; i += 2 * LINKS_PER_CHUNK) {
    const group = links.slice(i, i + 2 * LINKS_PER_CHUNK);
    const flat = new Int32Array(group.reduce((n, path) => n + 1 + path.length, 0));
    let at = 0;
    for (const path of group) {
      flat[at++] = path.length;
      flat.set(path, at);
      at += path.length;
    }
    chunks.push({ links: flat });
    linkChunks++;
  }
  return { plan: { skeleton, keys, slices: slices.map((s) => ({ path: s.path, chunks: s.chunks.length })), linkChunks }, chunks };
}

/**
 * Puts a packed value back together, one chunk at a time, in the order `pack` made them.
 * Throws on a chunk that does not fit the plan (a bug, or chunks out of order).
 */
export class Assembler {
  private readonly root: unknown;
  private slice = 0;
  private chunksLeftInSlice: number;
  private target: unknown[] | undefined;
  private linkChunksLeft: number;
  /** Separate walks for the places links fill and the places they point to (see `nodeAt`). */
  private readonly walks = { at: newWalk(), to: newWalk() };

  constructor(private readonly plan: TransferPlan) {
    this.root = plan.skeleton;
    this.chunksLeftInSlice = plan.slices[0]?.chunks ?? 0;
    this.linkChunksLeft = plan.linkChunks;
    this.skipEmptySlices();
  }

  /** How many chunks are still to come. */
  get remaining(): number {
    let count = this.chunksLeftInSlice + this.linkChunksLeft;
    for (let s = this.slice + 1; s < this.plan.slices.length; s++) count += this.plan.slices[s]!.chunks;
    return count;
  }

  add(chunk: TransferChunk): void {
    if ('items' in chunk) {
      const hole = this.plan.slices[this.slice];
      if (!hole || this.chunksLeftInSlice === 0) throw new Error('An array chunk arrived after every array was filled.');
      this.target ??= this.arrayAt(hole.path);
      for (const item of chunk.items) this.target.push(item);
      this.chunksLeftInSlice--;
      this.skipEmptySlices();
      return;
    }
    if (this.remaining !== this.linkChunksLeft) throw new Error('A chunk of links arrived before the arrays were filled.');
    if (this.linkChunksLeft === 0) throw new Error('More chunks of links arrived than planned.');
    const { links } = chunk;
    for (let i = 0; i < links.length; ) {
      const atLength = links[i]!;
      if (atLength === 0) throw new Error('A link has no place to go.');
      const at = links.subarray(i + 1, i + 1 + atLength);
      i += 1 + atLength;
      const toLength = links[i]!;
      const to = links.subarray(i + 1, i + 1 + toLength);
      i += 1 + toLength;
      const parent = this.nodeAt(at.subarray(0, atLength - 1), this.walks.at);
      this.set(parent, at[atLength - 1]!, this.nodeAt(to, this.walks.to));
    }
    this.linkChunksLeft--;
  }

  /** The value, once every chunk has been added. */
  finish(): unknown {
    if (this.remaining > 0) throw new Error(`${this.remaining} chunks of the value are missing.`);
    return this.root;
  }

  private skipEmptySlices(): void {
    while (this.chunksLeftInSlice === 0 && this.slice < this.plan.slices.length) {
      this.slice++;
      this.target = undefined;
      this.chunksLeftInSlice = this.plan.slices[this.slice]?.chunks ?? 0;
    }
  }

  private arrayAt(path: Path): unknown[] {
    const node = this.nodeAt(path, newWalk());
    if (!Array.isArray(node)) throw new Error('A chunk of items has no array to go into.');
    return node;
  }

  /**
   * The node at a path. Consecutive paths share most of their steps (links come in the order
   * of the walk), so the walk starts from where the last one of the same kind left off.
   */
  private nodeAt(path: ArrayLike<number>, walk: Walk): unknown {
    let depth = 0;
    while (depth < path.length && depth < walk.codes.length && path[depth] === walk.codes[depth]) depth++;
    let node = depth === 0 ? this.root : walk.nodes[depth - 1];
    walk.codes.length = depth;
    walk.nodes.length = depth;
    for (; depth < path.length; depth++) {
      const code = path[depth]!;
      node = this.step(node, code);
      walk.codes.push(code);
      walk.nodes.push(node);
    }
    return node;
  }

  private step(node: unknown, code: number): unknown {
    if (typeof node !== 'object' || node === null) throw new Error('A path of the packed value leads nowhere.');
    return code < 0 ? (node as unknown[])[-code - 1] : (node as Record<string, unknown>)[this.keyOf(code)];
  }

  private set(node: unknown, code: number, value: unknown): void {
    if (typeof node !== 'object' || node === null) throw new Error('A link of the packed value has no place to go.');
    if (code < 0) (node as unknown[])[-code - 1] = value;
    else (node as Record<string, unknown>)[this.keyOf(code)] = value;
  }

  private keyOf(code: number): string {
    const key = this.plan.keys[code];
    if (key === undefined) throw new Error('A path of the packed value names no key.');
    return key;
  }
}

/** Where a run of path look-ups last went: the steps and the node each led to. */
interface Walk {
  readonly codes: number[];
  readonly nodes: unknown[];
}

function newWalk(): Walk {
  return { codes: [], nodes: [] };
}

function isPlainObject(node: object): boolean {
  const prototype = Object.getPrototypeOf(node) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Values structured clone copies as they are (typed arrays, maps, sets, dates): by their size. */
function opaqueWeight(node: object): number {
  if (ArrayBuffer.isView(node)) return 1 + node.byteLength / 4096;
  if (node instanceof Map || node instanceof Set) return 1 + node.size;
  return 1;
}
