import MarsadCore
