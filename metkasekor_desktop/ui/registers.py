"""The registers of farmers and providers (one import for the window)."""

from metkasekor_desktop.ui.farmer_register import FarmerRegister
from metkasekor_desktop.ui.provider_register import ProviderRegister

__all__ = ["FarmerRegister", "ProviderRegister"]
