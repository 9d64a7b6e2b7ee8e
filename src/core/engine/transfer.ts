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

/** Where a node is: keys from the root, joined by `PATH_SEPARATOR`; a key under an array is its index. */
export type PathText = string;

const PATH_SEPARATOR = '\u0001';
/** Escapes the separator (and itself) inside a key. */
const ESCAPE = '\u0002';

/** Arrays longer than this are sent apart from the skeleton, in chunks. */
const SLICE_LENGTH = 48;

/**
 * Weight of one chunk, in rough units of one small object to deserialise (measured: about a
 * microsecond each), so that a chunk takes a few milliseconds at most on the receiving side.
 */
const CHUNK_WEIGHT = 1500;

/** How many links one chunk of links carries. */
const LINKS_PER_CHUNK = 800;

/** An array emptied in the skeleton: where it is and how many chunks of items refill it. */
export interface SliceHole {
  readonly path: PathText;
  readonly chunks: number;
}

/** What the receiver gets first: everything small, and what is still to come. */
export interface TransferPlan {
  readonly skeleton: unknown;
  /** Emptied arrays, parents before children, in the order their chunks come. */
  readonly slices: readonly SliceHole[];
  /** How many chunks of links follow the items (see `TransferChunk`). */
  readonly linkChunks: number;
}

/**
 * One piece after the plan: items to append to the next emptied array, or links, each a place
 * (`at`) and the place of the object that belongs there (`to`), as `[at, to, at, to, …]`.
 */
export type TransferChunk = { readonly items: readonly unknown[] } | { readonly links: readonly PathText[] };

export interface Packed {
  readonly plan: TransferPlan;
  readonly chunks: readonly TransferChunk[];
}

/** A place while packing: its parent's place and its key there (made into text only when needed, once). */
interface Place {
  readonly parent: Place | null;
  readonly key: string | number;
  text?: PathText;
}

/** Splits `value` into a plan and chunks (see the module comment). `value` itself is not changed. */
export function pack(value: unknown): Packed {
  /** Where each object was met first (`null`: the root). */
  const firstPlace = new Map<object, Place | null>();
  const slices: { path: PathText; chunks: unknown[][] }[] = [];
  const links: PathText[] = [];
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
      links.push(pathText(place), pathText(first));
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
    const slice = node.length > SLICE_LENGTH ? { path: pathText(place), chunks: [] as unknown[][] } : undefined;
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
    chunks.push({ links: links.slice(i, i + 2 * LINKS_PER_CHUNK) });
    linkChunks++;
  }
  return { plan: { skeleton, slices: slices.map((s) => ({ path: s.path, chunks: s.chunks.length })), linkChunks }, chunks };
}

/** The text of a place: its keys from the root, each escaped so that no key can contain the separator. */
function pathText(place: Place | null): PathText {
  if (!place) return '';
  if (place.text === undefined) {
    const key = typeof place.key === 'number' ? String(place.key) : escapeKey(place.key);
    place.text = place.parent ? `${pathText(place.parent)}${PATH_SEPARATOR}${key}` : key;
  }
  return place.text;
}

function escapeKey(key: string): string {
  return key.includes(PATH_SEPARATOR) || key.includes(ESCAPE) ? key.replace(/[\u0001\u0002]/g, (c) => `${ESCAPE}${c === ESCAPE ? '2' : '1'}`) : key;
}

function unescapeKey(key: string): string {
  return key.includes(ESCAPE) ? key.replace(/\u0002([12])/g, (_, c: string) => (c === '2' ? ESCAPE : PATH_SEPARATOR)) : key;
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
    for (let i = 0; i + 1 < links.length; i += 2) {
      const at = links[i]!;
      const cut = at.lastIndexOf(PATH_SEPARATOR);
      const parent = this.nodeAt(cut < 0 ? '' : at.slice(0, cut), this.walks.at);
      const key = unescapeKey(cut < 0 ? at : at.slice(cut + 1));
      (parent as Record<string, unknown>)[Array.isArray(parent) ? Number(key) : key] = this.nodeAt(links[i + 1]!);
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

  private arrayAt(path: PathText): unknown[] {
    const node = this.nodeAt(path, newWalk());
    if (!Array.isArray(node)) throw new Error('A chunk of items has no array to go into.');
    return node;
  }

  /**
   * The node at a path. Consecutive paths share most of their keys (links come in the order
   * of the walk), so the walk starts from where the last one of the same kind left off.
   */
  private nodeAt(path: PathText, walk: Walk = this.walks.to): unknown {
    if (path === '') return this.root;
    const keys = path.split(PATH_SEPARATOR);
    let depth = 0;
    while (depth < keys.length && depth < walk.keys.length && keys[depth] === walk.keys[depth]) depth++;
    let node = depth === 0 ? this.root : walk.nodes[depth - 1];
    walk.keys.length = depth;
    walk.nodes.length = depth;
    for (; depth < keys.length; depth++) {
      if (typeof node !== 'object' || node === null) throw new Error('A path of the packed value leads nowhere.');
      const key = keys[depth]!;
      node = Array.isArray(node) ? node[Number(key)] : (node as Record<string, unknown>)[unescapeKey(key)];
      walk.keys.push(key);
      walk.nodes.push(node);
    }
    return node;
  }
}

/** Where a run of path look-ups last went: the keys and the node each led to. */
interface Walk {
  readonly keys: string[];
  readonly nodes: unknown[];
}

function newWalk(): Walk {
  return { keys: [], nodes: [] };
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
