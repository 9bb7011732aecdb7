/**
 * Where the signed-in token lives. Add-ins with a shared runtime keep such values in
 * OfficeRuntime.storage (persistent, per origin, shared with the custom functions); outside
 * Office (a plain browser) the page falls back to localStorage. Clearing removes it from both.
 */
const KEY = "fuyuan.token";

type KeyValueStore = {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
};

function officeStorage(): KeyValueStore | null {
  try {
    return typeof OfficeRuntime !== "undefined" && OfficeRuntime.storage ? OfficeRuntime.storage : null;
  } catch {
    return null;
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export async function loadToken(): Promise<string | null> {
  const office = officeStorage();
  if (office) {
    try {
      const value = await office.getItem(KEY);
      if (value) return value;
    } catch {
      // fall through to localStorage
    }
  }
  return browserStorage()?.getItem(KEY) ?? null;
}

export async function saveToken(token: string): Promise<void> {
  const office = officeStorage();
  if (office) {
    try {
      await office.setItem(KEY, token);
      return;
    } catch {
      // fall through to localStorage
    }
  }
  browserStorage()?.setItem(KEY, token);
}

export async function clearToken(): Promise<void> {
  const office = officeStorage();
  if (office) await office.removeItem(KEY).catch(() => undefined);
  browserStorage()?.removeItem(KEY);
}
