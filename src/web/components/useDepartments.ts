import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { showError } from '../feedback';
import type { Department } from '../types';

/** Departments with their teams and headcounts, fresh on every mount. */
export function useDepartments() {
  const [departments, setDepartments] = useState<Department[]>([]);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    api.org.departments()
      .then((d) => { if (live) setDepartments(d); })
      .catch((err) => { if (live) showError(err); })
      .finally(() => { if (live) setLoading(false); });
    return () => { live = false; };
  }, [tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { departments, loading, reload };
}
