import { createContext, useContext } from 'react';
import type { CustomerSelector } from '../../simulation/customer-selector.ts';

type ShowCustomers = (selector: CustomerSelector) => void;

/**
 * The host's "Show customers" handler, reached by node cards and edges through context so that a
 * new handler does not remap every node.
 */
export const ShowCustomersContext = createContext<ShowCustomers | null>(null);

export function useShowCustomers(): ShowCustomers | null {
  return useContext(ShowCustomersContext);
}
